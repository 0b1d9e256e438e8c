import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations, migrate, MIGRATIONS_DIR } from "@/lib/db/migrate.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

describe("db:migrate", () => {
  it("records each applied migration in _prisma_migrations the way Prisma Migrate does", async () => {
    const files = await listMigrations();
    const rows = await fresh.db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }[]>`
      SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    const again = await migrate(fresh.url);
    expect(again.applied).toEqual([]);
  });

  it("refuses to continue when an applied migration file was edited afterwards", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ya-mig-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await listMigrations(dir);
    writeFileSync(path.join(dir, first!.name, "migration.sql"), first!.sql + "\n-- edited\n");
    await expect(migrate(fresh.url, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("applies a new migration in a transaction and rolls back a failing one completely", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ya-mig-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const bad = path.join(dir, "29991231000000_broken");
    cpSync(path.join(dir, (await listMigrations(dir))[0]!.name), bad, { recursive: true });
    const sql = 'CREATE TABLE "HalfWritten" (id int);\nSELECT * FROM "NoSuchTable";\n';
    writeFileSync(path.join(bad, "migration.sql"), sql);
    await expect(migrate(fresh.url, dir)).rejects.toThrow(/29991231000000_broken failed/);
    const table = await fresh.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'HalfWritten'`;
    expect(Number(table[0]!.n)).toBe(0);
    const recorded = await fresh.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`;
    expect(Number(recorded[0]!.n)).toBe(0);
    expect(createHash("sha256").update(sql).digest("hex")).toHaveLength(64);
  });
});
