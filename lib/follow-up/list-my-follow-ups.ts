// "Minun perheeni": the families the user is the active responsible worker for, with the next agreed
// contact (overdue first), the plan's open actions by setting, the last contact and the pair. One
// findMany (Prisma batches each relation into one statement) plus one use-log event: the number of
// SQL statements does not grow with the number of families.
import type { PlanActionSetting } from "../db/generated/enums.ts";
import type { Db } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { contactDue, daysOverdue, helsinkiDayBounds, type ContactDue } from "./due.ts";
import type { ListFilter, ListSort } from "./schema.ts";

export interface FollowUpRow {
  id: string;
  familyName: string;
  children: string[];
  nextContactAt: Date | null;
  due: ContactDue;
  daysOverdue: number;
  lastContact: { contactedAt: Date; channel: string } | null;
  openActions: Record<PlanActionSetting, number>;
  coResponsible: { name: string; title: string }[];
}

export const MAX_FOLLOW_UPS = 1000;
const DUE_ORDER: Record<ContactDue, number> = { OVERDUE: 0, TODAY: 1, UPCOMING: 2, NONE: 3 };

export async function listMyFollowUps(db: Db, user: Pick<SessionUser, "id">, opts: { filter?: ListFilter; sort?: ListSort } = {}, now = new Date()): Promise<FollowUpRow[]> {
  const rows = await db.collaboration.findMany({
    where: { status: { not: "CLOSED" }, responsibleWorkers: { some: { userId: user.id, endedAt: null } } },
    take: MAX_FOLLOW_UPS,
    orderBy: { concernRaisedAt: "desc" },
    select: {
      id: true,
      familyId: true,
      family: {
        select: {
          guardians: { select: { lastName: true }, orderBy: { lastName: "asc" } },
          children: { select: { firstName: true }, orderBy: { birthYear: "asc" } },
        },
      },
      plan: { select: { nextContactAt: true, actions: { where: { status: { in: ["NOT_STARTED", "IN_PROGRESS"] } }, select: { setting: true } } } },
      contactLog: { orderBy: [{ contactedAt: "desc" }, { createdAt: "desc" }], take: 1, select: { contactedAt: true, channel: true } },
      responsibleWorkers: { where: { endedAt: null, userId: { not: user.id } }, orderBy: { slot: "asc" }, select: { user: { select: { name: true, title: true } } } },
    },
  });
  if (rows.length > 0) {
    await auditRead(db, "followUp.list", {
      actorId: user.id,
      details: { collaborationIds: rows.map((r) => r.id), familyIds: rows.map((r) => r.familyId) },
    });
  }
  const list: FollowUpRow[] = rows.map((r) => {
    const next = r.plan?.nextContactAt ?? null;
    const openActions: Record<PlanActionSetting, number> = { HOME: 0, EVERYDAY_ENVIRONMENT: 0, ELSEWHERE: 0 };
    for (const a of r.plan?.actions ?? []) openActions[a.setting]++;
    return {
      id: r.id,
      familyName: [...new Set(r.family.guardians.map((g) => g.lastName))].join(" / "),
      children: r.family.children.map((c) => c.firstName),
      nextContactAt: next,
      due: contactDue(next, now),
      daysOverdue: next ? daysOverdue(next, now) : 0,
      lastContact: r.contactLog[0] ?? null,
      openActions,
      coResponsible: r.responsibleWorkers.map((w) => w.user),
    };
  });
  return sortRows(filterRows(list, opts.filter ?? "all", now), opts.sort ?? "nextContact");
}

function filterRows(rows: FollowUpRow[], filter: ListFilter, now: Date): FollowUpRow[] {
  const weekEnd = helsinkiDayBounds(new Date(helsinkiDayBounds(now).start.getTime() + 7 * 86_400_000 + 3 * 3_600_000)).start;
  switch (filter) {
    case "overdue":
      return rows.filter((r) => r.due === "OVERDUE");
    case "today":
      return rows.filter((r) => r.due === "TODAY" || r.due === "OVERDUE");
    case "week":
      return rows.filter((r) => r.nextContactAt !== null && r.nextContactAt.getTime() < weekEnd.getTime());
    case "noContact":
      return rows.filter((r) => r.nextContactAt === null);
    default:
      return rows;
  }
}

/** Overdue always come first (the longest overdue at the top); then the chosen order. */
function sortRows(rows: FollowUpRow[], sort: ListSort): FollowUpRow[] {
  const byName = (a: FollowUpRow, b: FollowUpRow) => a.familyName.localeCompare(b.familyName, "fi") || a.id.localeCompare(b.id);
  const time = (d: Date | null | undefined, missing: number) => (d ? d.getTime() : missing);
  return [...rows].sort((a, b) => {
    const overdue = Number(b.due === "OVERDUE") - Number(a.due === "OVERDUE");
    if (overdue !== 0) return overdue;
    if (a.due === "OVERDUE") return time(a.nextContactAt, 0) - time(b.nextContactAt, 0) || byName(a, b);
    if (sort === "family") return byName(a, b);
    if (sort === "lastContact") return time(a.lastContact?.contactedAt, 0) - time(b.lastContact?.contactedAt, 0) || byName(a, b);
    return DUE_ORDER[a.due] - DUE_ORDER[b.due] || time(a.nextContactAt, Infinity) - time(b.nextContactAt, Infinity) || byName(a, b);
  });
}
