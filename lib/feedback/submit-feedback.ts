// The public side of feedback: opening the form behind a short code and sending the answers. No
// sign-in, so no secureAction: the code is the only credential. Every outcome is a typed result the
// page can show (never a 500): an unknown, used or expired code, or a cancelled meeting, all look
// the same ("already answered or not valid") and reveal nothing about the meeting or the family.
//
// Anonymity: the Feedback row does not refer to the token, and its createdAt is only the Helsinki
// day, so even the database cannot match an answer to the moment a given link was used.
import type { Db } from "../db/types.ts";
import { recordHit, type RateLimitRule } from "../security/rate-limit.ts";
import { fieldErrorsFromZod } from "../actions/field-errors.ts";
import { helsinkiStartOfDay, inHelsinki } from "../time/format.ts";
import { hashFeedbackCode, normalizeFeedbackCode } from "./codes.ts";
import { isFeedbackKind, type FeedbackKind } from "./questions.ts";
import { feedbackFormSchema } from "./schema.ts";

/** Opening the form and sending it both count; generous for a room of people on one Wi-Fi. */
export const FEEDBACK_RATE_LIMIT = { limit: 60, windowMs: 10 * 60_000 };

function rule(ip: string): RateLimitRule {
  return { key: `feedback:ip:${ip}`, ...FEEDBACK_RATE_LIMIT };
}

export interface PublicRequest {
  /** the client's address (lib/auth/client-ip.ts), used only as a rate-limit key */
  ip: string;
  now?: Date;
}

export type FeedbackFormState = { status: "OPEN"; respondent: FeedbackKind } | { status: "INVALID" } | { status: "RATE_LIMITED" };

export type SubmitFeedbackResult =
  | { ok: true }
  | {
      ok: false;
      /** INVALID_LINK: unknown, used or expired code, or a cancelled meeting */
      code: "INVALID_LINK" | "RATE_LIMITED" | "VALIDATION" | "UNEXPECTED";
      /** message key under `errors.` */
      message: string;
      /** field path → message key */
      fieldErrors: Record<string, string>;
    };

const refused = (code: Exclude<SubmitFeedbackResult, { ok: true }>["code"], fieldErrors: Record<string, string> = {}): SubmitFeedbackResult => ({
  ok: false,
  code,
  message: { INVALID_LINK: "notFound", RATE_LIMITED: "forbidden", VALIDATION: "formHasErrors", UNEXPECTED: "unexpected" }[code],
  fieldErrors,
});

/** Counts the request (one atomic upsert); true when this address has used up its window. */
async function overLimit(db: Db, ip: string, now: Date): Promise<boolean> {
  return (await recordHit(db, rule(ip), now)) > FEEDBACK_RATE_LIMIT.limit;
}

/** The open token behind a code: unused, not expired, its meeting not cancelled. */
async function findOpenToken(db: Db, rawCode: string, now: Date) {
  const code = normalizeFeedbackCode(rawCode);
  if (!code) return null;
  const token = await db.feedbackToken.findUnique({
    where: { codeHash: hashFeedbackCode(code) },
    select: { id: true, meetingId: true, respondent: true, usedAt: true, expiresAt: true, meeting: { select: { status: true } } },
  });
  if (!token || token.usedAt || token.expiresAt <= now || token.meeting.status === "CANCELLED") return null;
  if (!isFeedbackKind(token.respondent)) return null;
  return { id: token.id, meetingId: token.meetingId, respondent: token.respondent };
}

/** For the public page: which form to show, if any. Says nothing else about the token. */
export async function openFeedbackForm(db: Db, rawCode: string, req: PublicRequest): Promise<FeedbackFormState> {
  const now = req.now ?? new Date();
  try {
    if (await overLimit(db, req.ip, now)) return { status: "RATE_LIMITED" };
    const token = await findOpenToken(db, rawCode, now);
    return token ? { status: "OPEN", respondent: token.respondent } : { status: "INVALID" };
  } catch (err) {
    console.error("[feedback.open] failed", err);
    return { status: "INVALID" };
  }
}

class LinkAlreadyUsed extends Error {}

/**
 * Validates the answers against the token's version, then in ONE transaction claims the token
 * (a conditional update that only an unused token passes, so two simultaneous sends cannot both
 * succeed) and writes the feedback. A refusal writes nothing.
 */
export async function submitFeedback(db: Db, rawInput: unknown, req: PublicRequest): Promise<SubmitFeedbackResult> {
  const now = req.now ?? new Date();
  try {
    if (await overLimit(db, req.ip, now)) return refused("RATE_LIMITED");
    const rawCode = (rawInput as { code?: unknown } | null)?.code;
    const token = typeof rawCode === "string" ? await findOpenToken(db, rawCode, now) : null;
    if (!token) return refused("INVALID_LINK");

    const parsed = feedbackFormSchema(token.respondent).safeParse(rawInput);
    if (!parsed.success) return refused("VALIDATION", fieldErrorsFromZod(parsed.error));
    const { answers, comment } = parsed.data;

    const h = inHelsinki(now);
    const day = helsinkiStartOfDay(h.getFullYear(), h.getMonth() + 1, h.getDate());
    await db.$transaction(
      async (tx) => {
        const claimed = await tx.feedbackToken.updateMany({
          where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        });
        if (claimed.count !== 1) throw new LinkAlreadyUsed();
        await tx.feedback.create({
          data: {
            meetingId: token.meetingId,
            respondent: token.respondent,
            comment: comment === "" ? null : comment,
            createdAt: day,
            answers: {
              create: Object.entries(answers).flatMap(([questionKey, score]) => (score === null ? [] : [{ questionKey, score }])),
            },
          },
          select: { id: true },
        });
      },
      { maxWait: 15_000, timeout: 20_000 },
    );
    return { ok: true };
  } catch (err) {
    if (err instanceof LinkAlreadyUsed) return refused("INVALID_LINK");
    console.error("[feedback.submit] failed", err);
    return refused("UNEXPECTED");
  }
}
