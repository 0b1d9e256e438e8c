import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here; the app itself connects through lib/db/client.ts.
export default defineConfig({
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5433/postgres" },
});
