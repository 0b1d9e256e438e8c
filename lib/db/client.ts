import "server-only";
import { databaseUrl } from "./connection.ts";
import { createPrismaClient, type Db } from "./create-client.ts";

// One client per server process (kept on globalThis so dev reloads do not open new pools).
const g = globalThis as unknown as { __yaDb?: Db };
export const db: Db = g.__yaDb ?? createPrismaClient(databaseUrl());
g.__yaDb = db;
