// Importing users from a CSV file: UTF-8 (with or without a BOM), ";" or "," (detected from the
// header row), header name,email,title,unit,language,roles. Every row is checked before anything is
// written, and the whole file is refused, with each failed row's number, column and reason, when
// any row fails; otherwise all users are created in one transaction and each gets an invitation.
// Cells starting with =, +, -, @, tab or CR are refused: spreadsheet programs would run them as
// formulas when the file (or an export of these users) is opened.
import { randomBytes, randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import type { Role } from "../../db/generated/enums.ts";
import { AppError } from "../../errors/app-error.ts";
import { auditChange, auditChanges } from "../../audit/audit.ts";
import { personName, plainText } from "../../validation/text.ts";
import { requireAdmin } from "../require-admin.ts";
import { ROLES, USER_LOCALES, workEmail } from "./schema.ts";
import { hashAccountToken, TOKEN_TTL_MS } from "../../auth/account-token.ts";
import { accountLinkEmail } from "./account-mail.ts";

export const IMPORT_MAX_BYTES = 1_000_000;
export const IMPORT_MAX_ROWS = 2_000;
export const IMPORT_COLUMNS = ["name", "email", "title", "unit", "language", "roles"] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
/** Roles a file may give; a coordinator's scope is chosen on the user's own page. */
const CSV_ROLES = ROLES.filter((r) => r !== "COORDINATOR");

/** The failure report travels as field errors: "file" → key, or "rows.<n>.<column>" → key. */
function refuse(fieldErrors: Record<string, string>): never {
  throw new AppError("VALIDATION", { fieldErrors });
}

/** Decodes and parses the file into data rows (header checked), or refuses it as a whole. */
export function parseUserCsv(bytes: Uint8Array): { cells: Record<Column, string>; row: number }[] {
  if (bytes.byteLength > IMPORT_MAX_BYTES) refuse({ file: "csvTooLarge" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse({ file: "csvEncoding" });
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch {
    refuse({ file: "csvBroken" });
  }
  const [header, ...data] = records;
  if (!header) refuse({ file: "csvEmpty" });
  const names = header.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;
  if (IMPORT_COLUMNS.some((c) => index[c] < 0)) refuse({ file: "csvHeader" });
  if (data.length === 0) refuse({ file: "csvEmpty" });
  // The byte limit keeps parsing quick; the row limit keeps one transaction (and its mails) reasonable.
  if (data.length > IMPORT_MAX_ROWS) refuse({ file: "csvTooManyRows" });
  return data.map((r, i) => ({
    row: i + 2,
    cells: Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, r[index[c]] ?? ""])) as Record<Column, string>,
  }));
}

const FORMULA = /^[=+\-@\t\r]/;
// Built once: a zod schema is compiled on first use, which is slow to repeat 2,000 times.
const NAME = personName(120);
const TITLE = plainText(120, { required: true });

export async function importUsers(tx: DbOrTx, actor: SessionUser, input: { bytes: Uint8Array }, now = new Date()): Promise<{ imported: number }> {
  requireAdmin(actor);
  const rows = parseUserCsv(input.bytes);
  const problems: Record<string, string> = {};
  const problem = (row: number, column: Column, key: string) => {
    problems[`rows.${row}.${column}`] ??= key;
  };

  const emails = rows.map((r) => r.cells.email.trim().toLowerCase());
  const unitKeys = [...new Set(rows.map((r) => r.cells.unit.trim().toLowerCase()).filter(Boolean))];
  const [existing, units] = await Promise.all([
    tx.$queryRaw<{ email: string }[]>`SELECT lower("email") AS "email" FROM "User" WHERE lower("email") = ANY(${emails})`,
    tx.$queryRaw<{ id: string; key: string }[]>`
      SELECT u."id"::text AS "id", lower(u."name") AS "key" FROM "Unit" u JOIN "Area" a ON a."id" = u."areaId" JOIN "Municipality" m ON m."id" = a."municipalityId"
      WHERE u."active" AND a."active" AND m."active" AND (lower(u."name") = ANY(${unitKeys}) OR u."id"::text = ANY(${unitKeys}))`,
  ]);
  const taken = new Set(existing.map((e) => e.email));
  const unitByKey = new Map<string, string[]>();
  for (const u of units) {
    for (const key of [u.key, u.id]) unitByKey.set(key, [...(unitByKey.get(key) ?? []), u.id]);
  }

  const seen = new Set<string>();
  const valid: { name: string; email: string; title: string; unitId: string | null; locale: "fi" | "sv" | "en"; roles: Role[] }[] = [];
  for (const { row, cells } of rows) {
    for (const c of IMPORT_COLUMNS) if (FORMULA.test(cells[c])) problem(row, c, "formulaInjection");
    const name = NAME.safeParse(cells.name);
    if (!name.success) problem(row, "name", name.error.issues[0]?.message ?? "required");
    const email = workEmail.safeParse(cells.email);
    if (!email.success) problem(row, "email", email.error.issues[0]?.message ?? "invalidEmail");
    else if (seen.has(email.data)) problem(row, "email", "duplicateInFile");
    else if (taken.has(email.data)) problem(row, "email", "emailTaken");
    if (email.success) seen.add(email.data);
    const title = TITLE.safeParse(cells.title);
    if (!title.success) problem(row, "title", title.error.issues[0]?.message ?? "required");
    const unitKey = cells.unit.trim().toLowerCase();
    const unitIds = unitKey ? unitByKey.get(unitKey) : [];
    if (unitKey && !unitIds?.length) problem(row, "unit", "unknownUnit");
    else if ((unitIds?.length ?? 0) > 1) problem(row, "unit", "ambiguousUnit");
    const language = (cells.language.trim().toLowerCase() || "fi") as "fi" | "sv" | "en";
    if (!USER_LOCALES.includes(language)) problem(row, "language", "invalidLanguage");
    const roles = [...new Set(cells.roles.split(/[|\s]+/).map((r) => r.trim().toUpperCase()).filter(Boolean))];
    if (roles.length === 0) problem(row, "roles", "atLeastOneRole");
    else if (roles.includes("COORDINATOR")) problem(row, "roles", "csvNoCoordinator");
    else if (roles.some((r) => !(CSV_ROLES as readonly string[]).includes(r))) problem(row, "roles", "invalidRole");
    if (name.success && email.success && title.success) {
      valid.push({ name: name.data, email: email.data, title: title.data, unitId: unitIds?.[0] ?? null, locale: language, roles: roles as Role[] });
    }
  }
  if (Object.keys(problems).length > 0) refuse(problems);

  const created = valid.map((v) => ({ id: randomUUID(), ...v, token: randomBytes(32).toString("base64url") }));
  // In bulk, one statement per table with the columns as arrays, so 2,000 users fit in one short
  // transaction. New users have no older links to retire; the mail rows are what enqueueEmail
  // writes (the addresses passed the e-mail check above).
  const col = <T>(f: (u: (typeof created)[number]) => T) => created.map(f);
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS.INVITATION);
  await tx.$executeRaw`
    INSERT INTO "User" ("id", "email", "name", "title", "unitId", "locale", "roles")
    SELECT i, e, n, t, u, l::"Locale", string_to_array(r, ',')::"Role"[]
    FROM unnest(${col((u) => u.id)}::uuid[], ${col((u) => u.email)}::text[], ${col((u) => u.name)}::text[], ${col((u) => u.title)}::text[],
                ${col((u) => u.unitId)}::uuid[], ${col((u) => u.locale)}::text[], ${col((u) => u.roles.join(","))}::text[]) AS x(i, e, n, t, u, l, r)`;
  await tx.$executeRaw`
    INSERT INTO "AccountToken" ("id", "userId", "kind", "tokenHash", "expiresAt", "createdById", "createdAt")
    SELECT gen_random_uuid(), i, 'INVITATION', h, ${expiresAt}, ${actor.id}::uuid, ${now}
    FROM unnest(${col((u) => u.id)}::uuid[], ${col((u) => hashAccountToken(u.token))}::text[]) AS x(i, h)`;
  const mails = created.map((u) => accountLinkEmail("INVITATION", u, u.token));
  await tx.$executeRaw`
    INSERT INTO "EmailOutbox" ("toAddress", "locale", "subject", "textBody")
    SELECT a, l::"Locale", s, b
    FROM unnest(${mails.map((m) => m.to)}::text[], ${mails.map((m) => m.locale)}::text[], ${mails.map((m) => m.subject)}::text[], ${mails.map((m) => m.textBody)}::text[]) AS x(a, l, s, b)`;
  await auditChanges(
    tx,
    "admin.user.create",
    created.map((u) => ({ actorId: actor.id, objectType: "User", objectId: u.id, details: { roles: u.roles, unitId: u.unitId, locale: u.locale, via: "import" } })),
  );
  await auditChange(tx, "admin.user.import", { actorId: actor.id, objectType: "User", details: { count: created.length } });
  return { imported: created.length };
}
