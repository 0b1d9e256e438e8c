import "server-only";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";

export const USER_SEARCH_LIMIT = 20;

/**
 * Active users whose name or e-mail contains the text (at least two characters), for adding to a
 * team: a county has thousands, so it is a search, never the whole list.
 */
export async function searchActiveUsers(db: Db, user: SessionUser, text: string) {
  requireAdmin(user);
  const q = text.normalize("NFC").trim().slice(0, 100);
  if (q.length < 2) return { q, rows: [], more: false };
  const contains = { contains: q, mode: "insensitive" as const };
  const rows = await db.user.findMany({
    where: { active: true, OR: [{ name: contains }, { email: contains }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: USER_SEARCH_LIMIT + 1,
    select: { id: true, name: true, email: true, title: true },
  });
  return { q, rows: rows.slice(0, USER_SEARCH_LIMIT), more: rows.length > USER_SEARCH_LIMIT };
}
