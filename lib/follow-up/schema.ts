// The responsible worker's forms, shared by the browser (react-hook-form) and the server. Message
// keys are errors.<key>. Checks that need "now" run again on the server with its own clock.
import { z } from "zod";
import { plainText } from "../validation/text.ts";
import { formDate } from "../validation/wall-clock.ts";
import { helsinkiDateTime } from "../plans/schema.ts";
import { helsinkiDay } from "./due.ts";

export const CONTACT_CHANNELS = ["PHONE", "MEETING", "MESSAGE", "HOME_VISIT"] as const;
export const ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "DROPPED"] as const;
export const SHARE_CHANNELS = ["EMAIL_LINK", "IN_APP"] as const;
export const CLOSURE_REASONS = ["GOALS_REACHED", "OTHER_SERVICES", "FAMILY_WITHDREW", "MOVED_AWAY"] as const;

const collaborationId = z.uuid({ error: "notFound" });

/** Yhteydenpito: the day of the contact, how, a short note, and the next agreed contact (optional). */
export const recordContactSchema = z
  .object({
    collaborationId,
    contactedOn: formDate,
    channel: z.enum(CONTACT_CHANNELS, { error: "invalidChoice" }),
    note: plainText(1000),
    nextContactAt: helsinkiDateTime,
  })
  .superRefine((v, ctx) => {
    if (v.contactedOn > helsinkiDay(new Date())) ctx.addIssue({ code: "custom", path: ["contactedOn"], message: "contactInFuture" });
    if (v.nextContactAt && helsinkiDay(v.nextContactAt) < v.contactedOn) ctx.addIssue({ code: "custom", path: ["nextContactAt"], message: "nextBeforeContact" });
  });

export const actionStatusSchema = z.object({
  collaborationId,
  actionId: z.uuid({ error: "notFound" }),
  status: z.enum(ACTION_STATUSES, { error: "invalidChoice" }),
  note: plainText(500),
});

/** Sharing the current plan version with a party the family's consent covers. */
export const shareSchema = z.object({
  collaborationId,
  recipientUserId: z.uuid({ error: "invalidChoice" }),
  channel: z.enum(SHARE_CHANNELS, { error: "invalidChoice" }),
});

/** Handing the responsibility over: the family must have agreed, and what was agreed is recorded. */
export const handoverSchema = z.object({
  collaborationId,
  toUserId: z.uuid({ error: "invalidChoice" }),
  familyAgreed: z.literal(true, { error: "familyMustAgree" }),
  familyAgreement: plainText(500, { required: true }),
});

export const closeSchema = z.object({
  collaborationId,
  reason: z.enum(CLOSURE_REASONS, { error: "invalidChoice" }),
  summary: plainText(2000, { required: true }),
});

/** Reopening says why (for example "the family asked for help again"). */
export const reopenSchema = z.object({ collaborationId, reason: plainText(500, { required: true }) });

export const notificationReadSchema = z.object({ notificationId: z.uuid({ error: "notFound" }) });

export const LIST_FILTERS = ["all", "overdue", "today", "week", "noContact"] as const;
export const LIST_SORTS = ["nextContact", "lastContact", "family"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export type ListSort = (typeof LIST_SORTS)[number];

/** The list's query string: anything unknown falls back to the defaults. */
export function parseListQuery(q: { filter?: string | string[]; sort?: string | string[] }): { filter: ListFilter; sort: ListSort } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filter = (LIST_FILTERS as readonly string[]).includes(one(q.filter) ?? "") ? (one(q.filter) as ListFilter) : "all";
  const sort = (LIST_SORTS as readonly string[]).includes(one(q.sort) ?? "") ? (one(q.sort) as ListSort) : "nextContact";
  return { filter, sort };
}

export type RecordContactInput = z.input<typeof recordContactSchema>;
export type RecordContact = z.output<typeof recordContactSchema>;
export type ActionStatusInput = z.input<typeof actionStatusSchema>;
export type ActionStatusUpdate = z.output<typeof actionStatusSchema>;
export type ShareInput = z.input<typeof shareSchema>;
export type Share = z.output<typeof shareSchema>;
export type HandoverInput = z.input<typeof handoverSchema>;
export type Handover = z.output<typeof handoverSchema>;
export type CloseInput = z.input<typeof closeSchema>;
export type Close = z.output<typeof closeSchema>;
export type ReopenInput = z.input<typeof reopenSchema>;
export type Reopen = z.output<typeof reopenSchema>;
