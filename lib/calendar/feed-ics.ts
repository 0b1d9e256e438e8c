// The personal calendar feed (RFC 5545, METHOD:PUBLISH) that Outlook and other clients subscribe
// to. Each VEVENT has the UID and SEQUENCE of the invitation e-mails' .ics, so a meeting already
// added from an invitation is the same event, and a change or cancellation shows up on refresh.
// Pure apart from the product's base URL: the caller supplies the meetings and DTSTAMP.
import { createTranslator } from "next-intl";
import type { Locale } from "../db/generated/enums.ts";
import { MESSAGES } from "../i18n/messages/index.ts";
import { CRLF, escapeIcsText, foldLine, icsUtc, singleLine } from "../meetings/ics.ts";
import { appUrl } from "../meetings/invitation-mail.ts";
import type { CalendarEntry } from "./calendar-entry.ts";

export type FeedMeeting = Pick<CalendarEntry, "icsUid" | "icsSequence" | "kind" | "status" | "startsAt" | "endsAt" | "place" | "onlineUrl" | "role" | "collaborationId" | "invitation">;

/** Where the event links in the product: the convener's own collaboration, otherwise the calendar page. */
export function productLink(m: Pick<FeedMeeting, "collaborationId">): string {
  return appUrl(m.collaborationId ? `/families/${m.collaborationId}` : "/calendar");
}

export function isCancelledFor(m: Pick<FeedMeeting, "status" | "invitation">): boolean {
  return m.status === "CANCELLED" || m.invitation?.status === "CANCELLED";
}

function vevent(m: FeedMeeting, summary: string, stamp: Date): string[] {
  const location = m.place ?? m.onlineUrl;
  return [
    "BEGIN:VEVENT",
    `UID:${escapeIcsText(m.icsUid)}`,
    `SEQUENCE:${m.icsSequence}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(m.startsAt)}`,
    `DTEND:${icsUtc(m.endsAt)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
    `URL:${singleLine(productLink(m))}`,
    `STATUS:${isCancelledFor(m) ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

/** The whole feed in the user's language: CRLF line endings, folded lines, ending in CRLF. */
export function buildCalendarFeed(opts: { locale: Locale; meetings: FeedMeeting[]; stamp: Date }): string {
  const t = createTranslator({ locale: opts.locale, messages: MESSAGES[opts.locale] });
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Yhteinen aika//FI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(t("calendar.feedName"))}`,
    // A hint how often to refresh (Outlook reads X-PUBLISHED-TTL, others REFRESH-INTERVAL).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...opts.meetings.flatMap((m) => vevent(m, t(`email.kind.${m.kind}`), opts.stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
