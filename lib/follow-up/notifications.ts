// In-product notifications (a shared plan, a handover): the user's own unread ones, and marking one read.
import type { Db, Tx } from "../db/types.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";

export async function listUnreadNotifications(db: Db, user: Pick<SessionUser, "id">) {
  return db.notification.findMany({ where: { userId: user.id, readAt: null }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, kind: true, link: true, createdAt: true } });
}

/** For the header: how many of the user's own notifications are unread (one indexed count). */
export async function countUnreadNotifications(db: Db, user: Pick<SessionUser, "id">): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function markNotificationRead(tx: Tx, user: Pick<SessionUser, "id">, notificationId: string, now = new Date()): Promise<{ id: string }> {
  const r = await tx.notification.updateMany({ where: { id: notificationId, userId: user.id }, data: { readAt: now } });
  if (r.count === 0) throw notFound();
  return { id: notificationId };
}
