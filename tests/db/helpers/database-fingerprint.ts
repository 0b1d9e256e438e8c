// A hash of every row of every table: two equal fingerprints mean nothing in the database changed
// in between (for "a refused call writes nothing"). Small test databases only.
import type { Db } from "@/lib/db/types.ts";

export async function databaseFingerprint(db: Db): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  const parts = tables.map((t) => `SELECT '${t.name}' AS t, count(*)::text AS n, coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS h FROM "${t.name}" x`);
  const rows = await db.$queryRawUnsafe<{ t: string; n: string; h: string }[]>(parts.join(" UNION ALL "));
  return rows.map((r) => `${r.t}:${r.n}:${r.h}`).sort().join("|");
}
