import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditRead } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import { contactRequestsOf, guidanceMunicipalityId } from "./policy.ts";

/** A request that has waited this long without an outcome is highlighted in the queue. */
export function longWaitHours(): number {
  const fromEnv = Number(process.env.CONTACT_LONG_WAIT_HOURS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 48;
}

export interface QueueRow {
  id: string;
  referenceCode: string;
  channel: "NETWORK_WORKER" | "ELECTRONIC_CONTACT" | "PHONE";
  status: "NEW" | "TAKEN" | "CLOSED";
  createdAt: Date;
  waitingHours: number;
  waitingLong: boolean;
  takenByName: string | null;
  takenByMe: boolean;
  language: "fi" | "sv" | "en";
  interpreterNeeded: boolean;
}

/**
 * The guidance service's queue of the worker's own municipality: requests without an outcome, oldest
 * first, with how long each has waited. Shows no content (the family's words are on the request's
 * own page, whose opening is logged), so the list itself reads no family data.
 */
export async function listContactQueue(db: Db, user: SessionUser, now = new Date()): Promise<{ municipalityName: string; rows: QueueRow[] }> {
  const municipalityId = await guidanceMunicipalityId(db, user);
  if (!municipalityId) throw new AppError("NOT_FOUND");
  const [municipality, requests] = await Promise.all([
    db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { name: true } }),
    db.contactRequest.findMany({
      where: { ...contactRequestsOf(municipalityId), status: { not: "CLOSED" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        referenceCode: true,
        channel: true,
        status: true,
        createdAt: true,
        language: true,
        interpreterNeeded: true,
        takenById: true,
        takenBy: { select: { name: true } },
      },
    }),
  ]);
  const limit = longWaitHours();
  if (requests.length > 0)
    await auditRead(db, "contactRequest.list", { actorId: user.id, details: { contactRequestIds: requests.map((r) => r.id) } });
  return {
    municipalityName: municipality.name,
    rows: requests.map((r) => {
      const waitingHours = Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / 3_600_000));
      return {
        id: r.id,
        referenceCode: r.referenceCode,
        channel: r.channel,
        status: r.status,
        createdAt: r.createdAt,
        waitingHours,
        // A taken request is being handled, but still waits for its outcome.
        waitingLong: waitingHours >= limit,
        takenByName: r.takenBy?.name ?? null,
        takenByMe: r.takenById === user.id,
        language: r.language,
        interpreterNeeded: r.interpreterNeeded,
      };
    }),
  };
}
