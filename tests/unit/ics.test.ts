import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, escapeIcsText, foldLine, type IcsInvitation } from "@/lib/meetings/ics.ts";

const UID = "meeting-7f3c2a1e-5b0d-4c8e-9a6f-1d2e3f4a5b6c@yhteinenaika.fi";

function invitation(overrides: Partial<IcsInvitation> = {}): IcsInvitation {
  return {
    method: "REQUEST",
    uid: UID,
    sequence: 0,
    stamp: new Date("2026-11-20T10:15:30Z"),
    start: new Date("2026-12-01T08:00:00Z"),
    end: new Date("2026-12-01T09:30:00Z"),
    summary: "Yhteinen aika",
    location: "Neuvotteluhuone Kuusi, Perhekeskus Itä",
    url: "https://yhteinenaika.example.fi/meetings/123",
    description: null,
    organizer: { name: "Liisa Lähityöntekijä", email: "liisa.lahi@example.fi" },
    attendee: { name: "Pekka Psykologi", email: "pekka.psyk@example.fi" },
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function expectWellFormedLines(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  // No bare LF or CR anywhere: every line break is CRLF.
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.slice(0, -2).split("\r\n")) {
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
}

describe("buildIcs", () => {
  it("writes a REQUEST that ical.js reads back field by field", () => {
    const inv = invitation();
    const text = buildIcs(inv);
    expectWellFormedLines(text);
    const { calendar, vevent, event } = parse(text);

    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Yhteinen aika//FI");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);

    expect(event.uid).toBe(UID);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().getTime()).toBe(inv.start.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(inv.end.getTime());
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.summary).toBe("Yhteinen aika");
    expect(event.location).toBe("Neuvotteluhuone Kuusi, Perhekeskus Itä");
    expect(String(vevent.getFirstPropertyValue("url"))).toBe("https://yhteinenaika.example.fi/meetings/123");
    expect(vevent.getFirstProperty("description")).toBeNull();
    expect(String(vevent.getFirstPropertyValue("status"))).toBe("CONFIRMED");
    const stamp = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(inv.stamp.getTime());

    const organizer = vevent.getFirstProperty("organizer")!;
    expect(organizer.getFirstValue()).toBe("mailto:liisa.lahi@example.fi");
    expect(organizer.getParameter("cn")).toBe("Liisa Lähityöntekijä");
    const [attendee] = event.attendees;
    expect(attendee!.getFirstValue()).toBe("mailto:pekka.psyk@example.fi");
    expect(attendee!.getParameter("cn")).toBe("Pekka Psykologi");
    expect(attendee!.getParameter("role")).toBe("REQ-PARTICIPANT");
    expect(attendee!.getParameter("partstat")).toBe("NEEDS-ACTION");
    expect(attendee!.getParameter("rsvp")).toBe("TRUE");
  });

  it("writes the times as UTC basic format in the raw text", () => {
    const text = buildIcs(invitation({ start: new Date("2026-12-01T08:00:00.123Z") }));
    expect(text).toContain("\r\nDTSTART:20261201T080000Z\r\n");
    expect(text).toContain("\r\nDTEND:20261201T093000Z\r\n");
    expect(text).toContain("\r\nDTSTAMP:20261120T101530Z\r\n");
    expect(text).toContain("\r\nSEQUENCE:0\r\n");
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Yhteinen aika//FI\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n")).toBe(true);
  });

  it("leaves out LOCATION, URL and DESCRIPTION when they are not given", () => {
    const text = buildIcs(invitation({ location: null, url: undefined, description: "" }));
    expect(text).not.toMatch(/^(LOCATION|URL|DESCRIPTION)[:;]/m);
    expect(parse(text).event.location).toBeNull();
  });

  it("keeps the UID on reschedule (SEQUENCE + 1, new times) and on cancel (METHOD:CANCEL, STATUS:CANCELLED)", () => {
    const original = parse(buildIcs(invitation()));
    const rescheduled = invitation({
      sequence: 1,
      stamp: new Date("2026-11-25T12:00:00Z"),
      start: new Date("2026-12-03T11:00:00Z"),
      end: new Date("2026-12-03T12:30:00Z"),
    });
    const moved = parse(buildIcs(rescheduled));
    const cancelled = parse(buildIcs({ ...rescheduled, method: "CANCEL", sequence: 2, stamp: new Date("2026-11-27T08:00:00Z") }));

    expect(moved.event.uid).toBe(original.event.uid);
    expect(cancelled.event.uid).toBe(original.event.uid);

    expect(moved.calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(moved.event.sequence).toBe(original.event.sequence + 1);
    expect(moved.event.startDate.toJSDate().toISOString()).toBe("2026-12-03T11:00:00.000Z");
    expect(moved.event.endDate.toJSDate().toISOString()).toBe("2026-12-03T12:30:00.000Z");
    expect(String(moved.vevent.getFirstPropertyValue("status"))).toBe("CONFIRMED");

    expect(cancelled.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.event.sequence).toBeGreaterThan(moved.event.sequence);
    expect(String(cancelled.vevent.getFirstPropertyValue("status"))).toBe("CANCELLED");
    expect(cancelled.event.attendees[0]!.getFirstValue()).toBe("mailto:pekka.psyk@example.fi");
  });

  it("round-trips long Finnish text with commas, semicolons, backslashes and newlines through escaping and folding", () => {
    const description =
      "Tervetuloa yhteiseen aikaan! Käsitellään perheen toiveet, vahvuudet; ja seuraavat askeleet.\n" +
      "Paikalla: lähityöntekijä, psykologi, perhetyöntekijä; sosiaaliohjaaja ja puheterapeutti.\r\n" +
      "Huom. polku C:\\jaettu\\ohjeet ei ole käytössä. Ääkköset: äöå ÄÖÅ — ja emoji 🙂 väliin.\n\n" +
      "Loppu, kiitos; nähdään!";
    const location = "Perhekeskus Itä, 2. kerros; huone \"Koivu\", Hämeenkatu 1, 33100 Tampere";
    const summary = "Yhteinen aika – jatkotapaaminen, sovittu; ennakkoon".repeat(3);
    const text = buildIcs(invitation({ description, location, summary }));
    expectWellFormedLines(text);
    expect(text).toMatch(/\r\n [^\r\n]/); // something was really folded

    const { event } = parse(text);
    expect(event.description).toBe(description.replace(/\r\n/g, "\n"));
    expect(event.location).toBe(location);
    expect(event.summary).toBe(summary);
  });

  it("quotes CN values that contain special characters and never emits a DQUOTE inside them", () => {
    const text = buildIcs(
      invitation({
        organizer: { name: "Virtanen, Liisa; \"Lissu\": perhetyö", email: "liisa@example.fi" },
        attendee: { name: "Pekka Psykologi", email: "pekka@example.fi" },
      }),
    );
    expect(text.replace(/\r\n /g, "")).toContain("ORGANIZER;CN=\"Virtanen, Liisa; 'Lissu': perhetyö\":mailto:liisa@example.fi");
    expect(text.replace(/\r\n /g, "")).toContain("ATTENDEE;CN=Pekka Psykologi;ROLE=");
    const organizer = parse(text).vevent.getFirstProperty("organizer")!;
    expect(organizer.getParameter("cn")).toBe("Virtanen, Liisa; 'Lissu': perhetyö");
    expect(organizer.getFirstValue()).toBe("mailto:liisa@example.fi");
  });

  it("cannot be broken into extra properties through line breaks in names or URLs", () => {
    const text = buildIcs(
      invitation({
        summary: "Yhteinen aika\r\nATTENDEE:mailto:evil@example.com",
        url: "https://example.fi/a\r\nX-EVIL:1",
        attendee: { name: "Pekka\r\nX-EVIL:2", email: "pekka@example.fi\r\nX-EVIL:3" },
      }),
    );
    expectWellFormedLines(text);
    expect(text).not.toMatch(/^X-EVIL/m);
    const { event } = parse(text);
    expect(event.attendees).toHaveLength(1);
    expect(event.summary).toBe("Yhteinen aika\nATTENDEE:mailto:evil@example.com");
  });

  it("rejects a meeting that does not end after it starts, and a negative sequence", () => {
    const start = new Date("2026-12-01T08:00:00Z");
    expect(() => buildIcs(invitation({ start, end: start }))).toThrow(RangeError);
    expect(() => buildIcs(invitation({ sequence: -1 }))).toThrow(RangeError);
  });
});

describe("escapeIcsText and foldLine", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a multi-byte character", () => {
    const line = `DESCRIPTION:${"ä".repeat(100)}`; // 12 + 200 octets
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    const encoder = new TextEncoder();
    for (const [i, part] of parts.entries()) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ") && !part.startsWith("  ")).toBe(true);
    }
    expect(encoder.encode(parts[0]!).length).toBe(74); // 12 + 31 × 2: the next "ä" would make 76
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    expect(foldLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`);
  });
});
