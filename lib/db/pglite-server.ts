// The embedded database: PGlite (PostgreSQL compiled to WASM) served on loopback over the
// PostgreSQL wire protocol, so the app reaches it exactly as it reaches a real server.
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepProtocolExchangesTogether } from "./pglite-protocol-batches.ts";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** dataDir undefined → in-memory (tests); port 0 → any free port. */
export async function startEmbeddedDatabase(opts: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const db = await PGlite.create({ dataDir: opts.dataDir, extensions: { btree_gist } });
  // The multiplexer keeps a transaction's statements on its own connection (see pglite-socket).
  const server = new PGLiteSocketServer({ db, port: opts.port ?? 0, host: "127.0.0.1", maxConnections: 64 });
  keepProtocolExchangesTogether(server);
  let port = opts.port ?? 0;
  server.addEventListener("listening", (e) => {
    const detail = (e as CustomEvent<{ port: number }>).detail;
    port = detail.port;
  });
  await server.start();
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
