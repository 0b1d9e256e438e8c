import "server-only";
// The outbox as an admin reads it (development and the demo run without SMTP, so this is where the
// mail can be seen). Invitation mail carries time, place and a link only, never family details,
// so reading it discloses no family data; the read is still logged like every admin view.
import type { Db } from "../db/types.ts";
import type { EmailStatus } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireCapability } from "../authz/capabilities.ts";
import { auditRead } from "../audit/audit.ts";

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(db: Db, user: SessionUser, opts: { status?: EmailStatus; page?: number } = {}) {
  requireCapability(user, "admin.manage");
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const where = opts.status ? { status: opts.status } : {};
  const [mails, total, byStatus] = await Promise.all([
    db.emailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        toAddress: true,
        locale: true,
        subject: true,
        textBody: true,
        icsContent: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
        nextAttemptAt: true,
      },
    }),
    db.emailOutbox.count({ where }),
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  await auditRead(db, "outbox.read", { actorId: user.id, details: { page, status: opts.status ?? null } });
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Partial<Record<EmailStatus, number>>;
  return { mails, total, page, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), counts };
}
