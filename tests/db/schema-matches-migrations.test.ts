// The hand-written migrations and prisma/schema.prisma must describe the same database: every model
// and field in Prisma's DMMF exists in information_schema with a compatible type and nullability,
// and every @@unique / @@index / @unique exists as an index on the same columns.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import internals from "@prisma/internals";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";

const { getDMMF } = internals;
type Dmmf = Awaited<ReturnType<typeof getDMMF>>["datamodel"];

let fresh: FreshDatabase;
let dm: Dmmf;
let columns: Map<string, { data_type: string; udt_name: string; is_nullable: string }>;
let indexes: { table: string; columns: string[]; unique: boolean }[];

const EXPECTED_UDT: Record<string, (native?: string) => string[]> = {
  String: (n) => (n === "Uuid" ? ["uuid"] : ["text"]),
  Int: () => ["int4"],
  Boolean: () => ["bool"],
  Json: () => ["jsonb"],
  DateTime: (n) => (n === "Date" ? ["date"] : n === "Timestamptz" ? ["timestamptz"] : ["timestamp"]),
};

beforeAll(async () => {
  fresh = await freshDatabase();
  dm = (await getDMMF({ datamodel: readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8") })).datamodel;
  const cols = await fresh.db.$queryRaw<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }[]>`
    SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = current_schema()`;
  columns = new Map(cols.map((c) => [`${c.table_name}.${c.column_name}`, c]));
  const idx = await fresh.db.$queryRaw<{ table: string; columns: string[]; unique: boolean }[]>`
    SELECT t.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns, ix.indisunique AS unique
      FROM pg_index ix
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     GROUP BY ix.indexrelid, t.relname, ix.indisunique`;
  indexes = idx;
});

afterAll(() => fresh?.close());

describe("the migrated database matches schema.prisma", () => {
  it("has every model as a table and every scalar field as a column of a compatible type and nullability", () => {
    const problems: string[] = [];
    for (const model of dm.models) {
      const table = model.dbName ?? model.name;
      for (const f of model.fields) {
        if (f.kind === "object") continue;
        const col = columns.get(`${table}.${f.dbName ?? f.name}`);
        if (!col) {
          problems.push(`missing column ${table}.${f.name}`);
          continue;
        }
        const native = (f.nativeType as [string, string[]] | null | undefined)?.[0];
        const expected = f.kind === "enum" ? [f.type] : (EXPECTED_UDT[f.type]?.(native) ?? []);
        const udt = f.isList ? col.udt_name.replace(/^_/, "") : col.udt_name;
        if (f.isList && col.data_type !== "ARRAY") problems.push(`${table}.${f.name} should be an array`);
        if (!expected.includes(udt)) problems.push(`${table}.${f.name}: ${udt}, expected ${expected.join("|")}`);
        const nullable = col.is_nullable === "YES";
        if (f.isRequired && !f.isList && nullable) problems.push(`${table}.${f.name} should be NOT NULL`);
        if (!f.isRequired && !nullable) problems.push(`${table}.${f.name} should be nullable`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has every @id, @unique, @@unique and @@index as an index on the same columns", () => {
    const problems: string[] = [];
    for (const i of dm.indexes) {
      const model = dm.models.find((m) => m.name === i.model)!;
      const table = model.dbName ?? model.name;
      const cols = i.fields.map((f) => f.name);
      const unique = i.type !== "normal" && i.type !== "fulltext" && (i.type as string) !== "index";
      // A plain @@index must not have become UNIQUE (that would refuse legitimate rows).
      const found = indexes.some((x) => x.table === table && x.columns.join(",") === cols.join(",") && x.unique === unique);
      if (!found) problems.push(`${i.type} on ${table}(${cols.join(", ")})`);
    }
    expect(problems).toEqual([]);
  });

  it("has every enum with exactly the schema's values", async () => {
    const rows = await fresh.db.$queryRaw<{ name: string; values: string[] }[]>`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
    const inDb = new Map(rows.map((r) => [r.name, r.values]));
    for (const e of dm.enums) expect(inDb.get(e.name), e.name).toEqual(e.values.map((v) => v.name));
  });

  it("has a foreign key for every relation", async () => {
    const fks = await fresh.db.$queryRaw<{ table: string; column: string }[]>`
      SELECT tc.table_name AS table, kcu.column_name AS column
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`;
    const have = new Set(fks.map((f) => `${f.table}.${f.column}`));
    const missing: string[] = [];
    for (const m of dm.models)
      for (const f of m.fields)
        for (const from of f.relationFromFields ?? []) if (!have.has(`${m.dbName ?? m.name}.${from}`)) missing.push(`${m.name}.${from}`);
    expect(missing).toEqual([]);
  });
});
