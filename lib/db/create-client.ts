// Builds a Prisma Client on @prisma/adapter-pg: one code path for PGlite and PostgreSQL.
// Kept free of "server-only" so scripts (migrate, seed) and tests can use it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export type Db = InstanceType<typeof PrismaClient>;

export function createPrismaClient(connectionString: string, opts: { onQuery?: (sql: string) => void } = {}): Db {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  if (!opts.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e: { query: string }) => opts.onQuery?.(e.query));
  return client;
}
