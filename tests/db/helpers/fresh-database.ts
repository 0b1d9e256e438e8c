// A freshly migrated, empty database for one test file.
// Default: an in-memory PGlite served on a free loopback port (the app's own code path: pg wire
// protocol + @prisma/adapter-pg). With TEST_DATABASE_URL (CI): a new database on that real
// PostgreSQL server, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { createPrismaClient, type Db } from "@/lib/db/create-client.ts";

export interface FreshDatabase {
  db: Db;
  url: string;
  /** A second, independent client (another "app instance") on the same database. */
  newClient(opts?: { onQuery?: (sql: string) => void }): Db;
  close(): Promise<void>;
}

export async function freshDatabase(): Promise<FreshDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  let url: string;
  let dispose: () => Promise<void>;
  if (server) {
    const name = `ya_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    url = u.toString();
    dispose = async () => {
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    const embedded = await startEmbeddedDatabase();
    url = embedded.url;
    dispose = () => embedded.stop();
  }
  await migrate(url);
  const clients: Db[] = [];
  const newClient = (opts?: { onQuery?: (sql: string) => void }) => {
    const c = createPrismaClient(url, opts);
    clients.push(c);
    return c;
  };
  const db = newClient();
  return {
    db,
    url,
    newClient,
    async close() {
      await Promise.all(clients.map((c) => c.$disconnect()));
      await dispose();
    },
  };
}
