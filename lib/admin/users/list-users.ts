// The admin's user list: a page of 50 in SQL with the total, searched by the start of the name, of
// the surname or of the e-mail (case-insensitive, backed by lower(...) text_pattern_ops indexes) and
// filtered by role and active state.
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";
import type { UserListQuery } from "./schema.ts";

export const USER_PAGE_SIZE = 50;

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  title: string;
  roles: string[];
  active: boolean;
  unitName: string | null;
  canSignIn: boolean;
}

export async function listUsers(db: DbOrTx, actor: SessionUser, query: UserListQuery): Promise<{ rows: UserListRow[]; total: number; page: number; pages: number }> {
  requireAdmin(actor);
  const q = query.q.trim().toLowerCase();
  const pattern = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const role = query.role;
  const status = query.status;
  const counted = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM "User" u
    WHERE (${q} = '' OR lower(u."name") LIKE ${pattern} OR lower(regexp_replace(u."name", '^.*\\s', '')) LIKE ${pattern} OR lower(u."email") LIKE ${pattern})
      AND (${role} = '' OR ${role} = ANY(u."roles"::text[]))
      AND (${status} = '' OR u."active" = (${status} = 'active'))`;
  const total = counted[0]?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await db.$queryRaw<UserListRow[]>`
    SELECT u."id"::text AS "id", u."name", u."email", u."title", u."roles"::text[] AS "roles", u."active",
           un."name" AS "unitName", (u."passwordHash" IS NOT NULL OR u."oidcSubject" IS NOT NULL) AS "canSignIn"
    FROM "User" u LEFT JOIN "Unit" un ON un."id" = u."unitId"
    WHERE (${q} = '' OR lower(u."name") LIKE ${pattern} OR lower(regexp_replace(u."name", '^.*\\s', '')) LIKE ${pattern} OR lower(u."email") LIKE ${pattern})
      AND (${role} = '' OR ${role} = ANY(u."roles"::text[]))
      AND (${status} = '' OR u."active" = (${status} = 'active'))
    ORDER BY lower(u."name"), u."id"
    LIMIT ${USER_PAGE_SIZE} OFFSET ${(page - 1) * USER_PAGE_SIZE}`;
  return { rows, total, page, pages };
}
