// The morning reminder: one e-mail per responsible worker per Helsinki day, listing links to the
// families whose agreed contact is due today or overdue — links only, no family details — in the
// worker's own language, through the outbox. The outbox's dedupeKey makes it idempotent: a second
// run the same day (cron and the app's scheduler, or two app instances) queues nothing more.
import { createTranslator } from "next-intl";
import type { Db } from "../db/types.ts";
import { enqueueEmail } from "../email/outbox.ts";
import { MESSAGES } from "../i18n/messages/index.ts";
import { appUrl } from "../meetings/invitation-mail.ts";
import { formatDate } from "../time/format.ts";
import { helsinkiDay, helsinkiDayBounds } from "./due.ts";

export interface DigestRun {
  day: string;
  /** Workers with something due. */
  workers: number;
  /** Mails queued by this run (the rest were already queued today). */
  queued: number;
}

export function digestKey(userId: string, day: string): string {
  return `followup-digest:${userId}:${day}`;
}

export async function queueFollowUpDigests(db: Db, now = new Date()): Promise<DigestRun> {
  const day = helsinkiDay(now);
  const { start, end } = helsinkiDayBounds(now);
  const rows = await db.responsibleWorker.findMany({
    where: {
      endedAt: null,
      user: { active: true },
      collaboration: { status: { not: "CLOSED" }, plan: { nextContactAt: { lt: end } } },
    },
    orderBy: [{ userId: "asc" }],
    select: { userId: true, user: { select: { email: true, locale: true } }, collaboration: { select: { id: true, plan: { select: { nextContactAt: true } } } } },
  });
  const byUser = new Map<string, { email: string; locale: "fi" | "sv" | "en"; today: string[]; overdue: { id: string; since: Date }[] }>();
  for (const r of rows) {
    const next = r.collaboration.plan?.nextContactAt;
    if (!next) continue;
    const entry = byUser.get(r.userId) ?? { email: r.user.email, locale: r.user.locale, today: [], overdue: [] };
    if (next.getTime() < start.getTime()) entry.overdue.push({ id: r.collaboration.id, since: next });
    else entry.today.push(r.collaboration.id);
    byUser.set(r.userId, entry);
  }
  let queued = 0;
  for (const [userId, w] of byUser) {
    const t = createTranslator({ locale: w.locale, messages: MESSAGES[w.locale], namespace: "followUp.digest" });
    const lines = [t("intro", { date: formatDate(now) }), ""];
    if (w.today.length > 0) {
      lines.push(t("dueToday", { count: w.today.length }));
      w.today.forEach((id, i) => lines.push(`${i + 1}. ${appUrl(`/follow-up/${id}`)}`));
      lines.push("");
    }
    if (w.overdue.length > 0) {
      lines.push(t("overdue", { count: w.overdue.length }));
      w.overdue
        .sort((a, b) => a.since.getTime() - b.since.getTime())
        .forEach((o, i) => lines.push(`${i + 1}. ${t("overdueSince", { date: formatDate(o.since) })} ${appUrl(`/follow-up/${o.id}`)}`));
      lines.push("");
    }
    lines.push(t("listLink", { url: appUrl("/follow-up") }), "", t("footer"));
    const mail = await enqueueEmail(db, {
      to: w.email,
      locale: w.locale,
      subject: t("subject", { date: formatDate(now), count: w.today.length + w.overdue.length }),
      textBody: lines.join("\n"),
      dedupeKey: digestKey(userId, day),
    });
    if (mail) queued++;
  }
  return { day, workers: byUser.size, queued };
}
