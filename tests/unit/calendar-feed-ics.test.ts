// The personal calendar feed: one VEVENT per meeting with the invitation mails' UID and SEQUENCE,
// so Outlook treats the subscribed event and the mailed invitation as the same meeting.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendarFeed, type FeedMeeting } from "@/lib/calendar/feed-ics.ts";

const base: FeedMeeting = {
  icsUid: "7f3c2a1e-5b0d-4c8e-9a6f-1d2e3f4a5b6c@yhteinen-aika",
  icsSequence: 0,
  kind: "JOINT",
  status: "SCHEDULED",
  startsAt: new Date("2026-12-01T08:00:00Z"),
  endsAt: new Date("2026-12-01T09:30:00Z"),
  place: "Neuvotteluhuone Kuusi, Perhekeskus Itä",
  onlineUrl: null,
  role: "CONVENER",
  collaborationId: "0b9e4a52-3c1d-4f6e-8a7b-9c0d1e2f3a4b",
  invitation: null,
};

const meetings: FeedMeeting[] = [
  base,
  {
    ...base,
    icsUid: "a1b2c3d4-0000-4000-8000-000000000002@yhteinen-aika",
    icsSequence: 3,
    kind: "FOLLOW_UP",
    startsAt: new Date("2026-06-15T12:00:00Z"), // summer time in Helsinki: still written in UTC
    endsAt: new Date("2026-06-15T13:00:00Z"),
    place: null,
    onlineUrl: "https://meet.example.fi/abc",
    role: "INVITEE",
    collaborationId: null,
    invitation: { id: "inv-1", status: "ACCEPTED" },
  },
  {
    ...base,
    icsUid: "a1b2c3d4-0000-4000-8000-000000000003@yhteinen-aika",
    icsSequence: 2,
    status: "CANCELLED",
    startsAt: new Date("2026-12-10T10:00:00Z"),
    endsAt: new Date("2026-12-10T11:00:00Z"),
  },
];

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((v) => ({ vevent: v, event: new ICAL.Event(v) }));
  return { calendar, events };
}

describe("buildCalendarFeed", () => {
  const stamp = new Date("2026-11-24T10:00:00Z");
  const text = buildCalendarFeed({ locale: "fi", meetings, stamp });

  it("is a PUBLISH calendar with a name, one VEVENT per meeting and CRLF lines of at most 75 octets", () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Yhteinen aika – oma kalenteri");
    expect(events).toHaveLength(3);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.slice(0, -2).split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("keeps each meeting's UID and SEQUENCE and writes the times in UTC", () => {
    const { events } = parse(text);
    for (const [i, m] of meetings.entries()) {
      const { event } = events[i]!;
      expect(event.uid).toBe(m.icsUid);
      expect(event.sequence).toBe(m.icsSequence);
      expect(event.startDate.zone?.tzid).toBe("UTC");
      expect(event.startDate.toJSDate().getTime()).toBe(m.startsAt.getTime());
      expect(event.endDate.toJSDate().getTime()).toBe(m.endsAt.getTime());
    }
    expect(text).toContain("\r\nDTSTART:20260615T120000Z\r\n");
  });

  it("names the meeting kind in the user's language, with place, product link and status", () => {
    const { events } = parse(text);
    const [joint, followUp, cancelled] = events;
    expect(joint!.event.summary).toBe("Yhteinen aika");
    expect(joint!.event.location).toBe("Neuvotteluhuone Kuusi, Perhekeskus Itä");
    expect(String(joint!.vevent.getFirstPropertyValue("url"))).toMatch(/\/families\/0b9e4a52-3c1d-4f6e-8a7b-9c0d1e2f3a4b$/);
    expect(String(joint!.vevent.getFirstPropertyValue("status"))).toBe("CONFIRMED");
    expect(followUp!.event.summary).toBe("Seurantatapaaminen");
    expect(followUp!.event.location).toBe("https://meet.example.fi/abc");
    expect(String(followUp!.vevent.getFirstPropertyValue("url"))).toMatch(/\/calendar$/);
    expect(String(cancelled!.vevent.getFirstPropertyValue("status"))).toBe("CANCELLED");
    const sv = parse(buildCalendarFeed({ locale: "sv", meetings, stamp }));
    expect(sv.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Yhteinen aika – min kalender");
  });

  it("marks a meeting CANCELLED for an invitee whose invitation was cancelled", () => {
    const { events } = parse(buildCalendarFeed({ locale: "en", meetings: [{ ...meetings[1]!, invitation: { id: "inv-1", status: "CANCELLED" } }], stamp }));
    expect(String(events[0]!.vevent.getFirstPropertyValue("status"))).toBe("CANCELLED");
    expect(events[0]!.event.summary).toBe("Follow-up meeting");
  });

  it("writes no family details even when the caller's object carries some", () => {
    // Rows from a careless query could hold more than FeedMeeting; the builder writes only its fields.
    const leaky = { ...base, family: { guardians: [{ firstName: "Maija", lastName: "Korhonen" }] }, description: "Korhonen" } as FeedMeeting;
    const out = buildCalendarFeed({ locale: "fi", meetings: [leaky], stamp });
    expect(out).not.toMatch(/Korhonen|Maija/);
    expect(out).not.toMatch(/^(DESCRIPTION|ATTENDEE|ORGANIZER)[:;]/m);
  });

  it("is a valid empty calendar when there are no meetings", () => {
    const { calendar, events } = parse(buildCalendarFeed({ locale: "fi", meetings: [], stamp }));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events).toHaveLength(0);
  });
});
