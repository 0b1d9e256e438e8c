// The chair makes a single-use feedback link for one person answering. The plain code is returned
// once (for the QR code and the screen) and only its hash is stored; the audit event records that a
// link was made, never the code.
import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import { appUrl } from "../meetings/invitation-mail.ts";
import { formatFeedbackCode, generateFeedbackCode, hashFeedbackCode } from "./codes.ts";
import { FEEDBACK_LINK_VALID_DAYS, type FeedbackKind } from "./questions.ts";
import type { CreateFeedbackLinkInput } from "./schema.ts";

export interface FeedbackLink {
  respondent: FeedbackKind;
  /** canonical code, e.g. "7K2QMX9D4B" */
  code: string;
  /** for reading and typing, e.g. "7K2QM-X9D4B" */
  displayCode: string;
  /** the absolute short link, e.g. https://…/p/7K2QMX9D4B */
  url: string;
  expiresAt: Date;
}

/** The short link of a code; the public form lives at /p/<code>. */
export function feedbackUrl(code: string): string {
  return appUrl(`/p/${code}`);
}

/**
 * The caller (the action's policy) has checked that the user chairs the meeting. Feedback is
 * collected at the end of the meeting: it must have started (IN_PROGRESS) or be held, not cancelled.
 */
export async function createFeedbackLink(tx: Tx, user: SessionUser, input: CreateFeedbackLinkInput, now = new Date()): Promise<FeedbackLink> {
  const meeting = await tx.jointMeeting.findUniqueOrThrow({
    where: { id: input.meetingId },
    select: { id: true, status: true, collaborationId: true, collaboration: { select: { familyId: true } } },
  });
  if (meeting.status === "CANCELLED") throw new AppError("VALIDATION", { fieldErrors: { meetingId: "meetingCancelled" } });
  if (meeting.status === "SCHEDULED") throw new AppError("VALIDATION", { fieldErrors: { meetingId: "feedbackNotOpen" } });

  const code = generateFeedbackCode();
  const expiresAt = new Date(now.getTime() + FEEDBACK_LINK_VALID_DAYS * 86_400_000);
  const token = await tx.feedbackToken.create({
    data: { meetingId: meeting.id, respondent: input.respondent, codeHash: hashFeedbackCode(code), createdById: user.id, createdAt: now, expiresAt },
    select: { id: true },
  });
  await auditChange(tx, "feedback.link.create", {
    actorId: user.id,
    objectType: "FeedbackToken",
    objectId: token.id,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
    details: { meetingId: meeting.id, respondent: input.respondent, expiresAt: expiresAt.toISOString() },
  });
  return { respondent: input.respondent, code, displayCode: formatFeedbackCode(code), url: feedbackUrl(code), expiresAt };
}
