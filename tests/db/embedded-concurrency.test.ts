// The embedded database serves many connections through one PGlite. Statements from different
// connections must never interleave inside one extended-protocol exchange (Parse … Sync): when they
// did, a page running queries in parallel failed with "bind message supplies 4 parameters, but
// prepared statement "" requires 2".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import net from "node:net";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server.ts";

let server: EmbeddedDatabase;
const clients: pg.Client[] = [];

beforeAll(async () => {
  server = await startEmbeddedDatabase();
  for (let i = 0; i < 10; i++) {
    const c = new pg.Client({ connectionString: server.url });
    await c.connect();
    clients.push(c);
  }
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await server?.stop();
});

/** A bare protocol client that can send an extended-protocol exchange in two TCP writes. */
class RawClient {
  private socket!: net.Socket;
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  async connect(port: number) {
    this.socket = net.connect(port, "127.0.0.1");
    this.socket.on("data", (d) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.waiters.splice(0).forEach((w) => w());
    });
    await new Promise<void>((ok) => this.socket.once("connect", () => ok()));
    const params = Buffer.from("user\0postgres\0database\0postgres\0\0");
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196608, 4);
    this.socket.write(Buffer.concat([startup, params]));
    for (;;) {
      const m = await this.next();
      if (m.type === "R" && m.body.readInt32BE(0) === 3) this.socket.write(message("p", cstring("postgres")));
      if (m.type === "Z") return;
    }
  }

  /** The next whole backend message. */
  async next(): Promise<{ type: string; body: Buffer }> {
    for (;;) {
      if (this.buffer.length >= 5) {
        const len = this.buffer.readInt32BE(1);
        if (this.buffer.length >= 1 + len) {
          const type = String.fromCharCode(this.buffer[0]!);
          const body = this.buffer.subarray(5, 1 + len);
          this.buffer = this.buffer.subarray(1 + len);
          return { type, body };
        }
      }
      await new Promise<void>((ok) => this.waiters.push(ok));
    }
  }

  write(b: Buffer) {
    this.socket.write(b);
  }

  end() {
    this.socket.end(message("X", Buffer.alloc(0)));
  }
}

function cstring(s: string) {
  return Buffer.from(`${s}\0`);
}
function int16(n: number) {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
}
function int32(n: number) {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}
function message(type: string, body: Buffer) {
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
}
/** Bind of the unnamed statement with text parameters. */
function bind(values: string[]) {
  const params = values.map((v) => Buffer.concat([int32(Buffer.byteLength(v)), Buffer.from(v)]));
  return message("B", Buffer.concat([cstring(""), cstring(""), int16(0), int16(values.length), ...params, int16(0)]));
}

describe("the embedded database under concurrent connections", () => {
  it("keeps one connection's Parse … Sync together even when it arrives in two writes", async () => {
    const raw = new RawClient();
    await raw.connect(server.port);
    // First half: Parse of a two-parameter statement, then a pause as if the rest were still on the wire.
    raw.write(message("P", Buffer.concat([cstring(""), cstring("SELECT ($1::int + $2::int)::text AS sum"), int16(0)])));
    await new Promise((r) => setTimeout(r, 30));
    // Another connection runs a one-parameter query meanwhile.
    const other = clients[1]!.query("SELECT $1::int AS x", [41]);
    await new Promise((r) => setTimeout(r, 30));
    raw.write(Buffer.concat([bind(["40", "2"]), message("E", Buffer.concat([cstring(""), int32(0)])), message("S", Buffer.alloc(0))]));
    const seen: string[] = [];
    let sum: string | null = null;
    for (;;) {
      const m = await raw.next();
      seen.push(m.type);
      if (m.type === "E") throw new Error(`the exchange was broken: ${m.body.toString("utf8").replace(/\0/g, " ")}`);
      if (m.type === "D") sum = m.body.subarray(6).toString("utf8");
      if (m.type === "Z") break;
    }
    expect(sum).toBe("42");
    expect((await other).rows[0].x).toBe(41);
    raw.end();
  });

  it("answers parameterised queries from ten connections at once, each with its own parameters", async () => {
    const runs = Array.from({ length: 500 }, (_, i) => {
      const client = clients[i % clients.length]!;
      // Different parameter counts per connection make any interleaving fail loudly.
      const n = (i % clients.length) + 1;
      const params = Array.from({ length: n }, (_, k) => i * 10 + k);
      const sql = `SELECT ${params.map((_, k) => `$${k + 1}::int`).join(" + ")} AS sum`;
      return client.query(sql, params).then((r) => ({ got: Number(r.rows[0].sum), want: params.reduce((a, b) => a + b, 0) }));
    });
    const results = await Promise.all(runs);
    for (const r of results) expect(r.got).toBe(r.want);
  });

  it("keeps a transaction's statements together while other connections query", async () => {
    await clients[0]!.query("CREATE TABLE IF NOT EXISTS counter (id int primary key, n int not null)");
    await clients[0]!.query("INSERT INTO counter VALUES (1, 0) ON CONFLICT DO NOTHING");
    const increments = clients.map(async (c) => {
      for (let i = 0; i < 10; i++) {
        await c.query("BEGIN");
        const r = await c.query("SELECT n FROM counter WHERE id = $1", [1]);
        await c.query("UPDATE counter SET n = $1 WHERE id = $2", [Number(r.rows[0].n) + 1, 1]);
        await c.query("COMMIT");
      }
    });
    await Promise.all(increments);
    const r = await clients[0]!.query("SELECT n FROM counter WHERE id = 1");
    expect(Number(r.rows[0].n)).toBe(100);
  });
});
