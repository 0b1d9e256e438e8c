// The e-mail outbox end to end: rows written in the caller's transaction, delivered over real SMTP
// (an smtp-server on loopback started here), retried with backoff while the server is down, and sent
// exactly once even with two app instances sending at the same time.
import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Transporter } from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { enqueueEmail } from "@/lib/email/outbox.ts";
import { MAX_ATTEMPTS, retryDelayMs, sendPendingEmails } from "@/lib/email/send-pending.ts";
import { startEmailScheduler } from "@/lib/email/scheduler.ts";
import { createSmtpTransport, smtpOptionsFromUrl } from "@/lib/email/transport.ts";

interface Received {
  rcptTo: string[];
  mailFrom: string;
  raw: string;
}

let fresh: FreshDatabase;
let smtp: SMTPServer;
let smtpPort: number;
let inbox: Received[] = [];
let transport: Transporter;

beforeAll(async () => {
  fresh = await freshDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          rcptTo: session.envelope.rcptTo.map((a) => a.address),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.server.once("error", reject);
    smtp.listen(0, "127.0.0.1", () => resolve());
  });
  smtpPort = (smtp.server.address() as AddressInfo).port;
  transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`)!;
});

afterAll(async () => {
  transport?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await fresh?.close();
});

beforeEach(() => {
  inbox = [];
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

// --- a small MIME reader, enough for what nodemailer produces -----------------------------------

interface Part {
  headers: Map<string, string>;
  body: string;
  parts: Part[];
}

function parseMime(raw: string): Part {
  const sep = raw.indexOf("\r\n\r\n");
  const head = sep === -1 ? raw : raw.slice(0, sep);
  const body = sep === -1 ? "" : raw.slice(sep + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    const parts = sections.filter((s) => !s.startsWith("--")).map((s) => parseMime(s.replace(/^\r\n/, "").replace(/\r\n$/, "")));
    return { headers, body: "", parts };
  }
  const cte = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  let decoded: string;
  if (cte === "base64") decoded = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  else if (cte === "quoted-printable") decoded = decodeQuotedPrintable(body);
  else decoded = body;
  return { headers, body: decoded, parts: [] };
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function allParts(p: Part): Part[] {
  return [p, ...p.parts.flatMap(allParts)];
}

function subjectOf(m: Received): string {
  return decodeHeader(parseMime(m.raw).headers.get("subject") ?? "");
}

const ICS_UID = "tapaaminen-7f3a@yhteinen-aika.example";
const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Yhteinen aika//FI",
  "BEGIN:VEVENT",
  `UID:${ICS_UID}`,
  "DTSTAMP:20261201T080000Z",
  "DTSTART:20261210T080000Z",
  "DTEND:20261210T090000Z",
  "SUMMARY:Yhteinen tapaaminen – Mäkelän perhe",
  "ORGANIZER;CN=Työntekijä:mailto:tyontekija@kunta.example",
  "ATTENDEE;RSVP=TRUE:mailto:vanhempi@example.fi",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

// -------------------------------------------------------------------------------------------------

describe("enqueueEmail", () => {
  it("writes nothing when the caller's transaction rolls back (outbox atomicity)", async () => {
    await expect(
      fresh.db.$transaction(async (tx) => {
        const queued = await enqueueEmail(tx, { to: "rollback@example.fi", locale: "fi", subject: "Ei lähde", textBody: "x" });
        expect(queued?.id).toMatch(/^[0-9a-f-]{36}$/);
        throw new Error("the domain change failed");
      }),
    ).rejects.toThrow("the domain change failed");
    expect(await fresh.db.emailOutbox.count({ where: { toAddress: "rollback@example.fi" } })).toBe(0);
  });

  it("queues a mail only once per dedupeKey, without breaking the caller's transaction", async () => {
    const key = "digest:worker-1:2026-12-01";
    const mail = { to: "digest@example.fi", locale: "fi" as const, subject: "Päivän kooste", textBody: "Koosteen sisältö", dedupeKey: key };
    const [first, second] = await fresh.db.$transaction(async (tx) => {
      const a = await enqueueEmail(tx, mail);
      const b = await enqueueEmail(tx, mail);
      // The transaction is still usable after the skipped duplicate.
      await tx.emailOutbox.count();
      return [a, b];
    });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(await enqueueEmail(fresh.db, { ...mail, subject: "toinen" })).toBeNull();
    const rows = await fresh.db.emailOutbox.findMany({ where: { dedupeKey: key } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first!.id, status: "PENDING", attempts: 0, subject: "Päivän kooste" });
    // Clear it so later tests' runs do not deliver it.
    await fresh.db.emailOutbox.update({ where: { id: first!.id }, data: { status: "FAILED" } });
  });

  it("writes the iTIP METHOD into the .ics and refuses contradictions and bad addresses", async () => {
    const r = await enqueueEmail(fresh.db, { to: "cancel@example.fi", locale: "sv", subject: "Inställt", textBody: "x", icsContent: ICS, icsMethod: "CANCEL" });
    const row = await fresh.db.emailOutbox.findUniqueOrThrow({ where: { id: r!.id } });
    expect(row.icsContent).toMatch(/^BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nVERSION:2.0/);
    expect(row.locale).toBe("sv");
    await fresh.db.emailOutbox.update({ where: { id: r!.id }, data: { status: "FAILED" } });

    await expect(
      enqueueEmail(fresh.db, { to: "x@example.fi", locale: "fi", subject: "s", textBody: "x", icsContent: row.icsContent, icsMethod: "REQUEST" }),
    ).rejects.toThrow(/contradicts/);
    await expect(enqueueEmail(fresh.db, { to: "not an address", locale: "fi", subject: "s", textBody: "x" })).rejects.toThrow(/recipient/);
    await expect(enqueueEmail(fresh.db, { to: "a@example.fi\r\nBcc: b@example.fi", locale: "fi", subject: "s", textBody: "x" })).rejects.toThrow();
    await expect(enqueueEmail(fresh.db, { to: "a@example.fi", locale: "fi", subject: "s\r\nBcc: b@example.fi", textBody: "x" })).rejects.toThrow();
  });
});

describe("sendPendingEmails over SMTP", () => {
  it("delivers queued mail (UTF-8 subject, calendar invitation), marks it SENT and never sends it twice", async () => {
    const plain = await enqueueEmail(fresh.db, {
      to: "aiti@example.fi",
      locale: "fi",
      subject: "Tervetuloa yhteiseen tapaamiseen – päivä ja ööaika",
      textBody: "Hei! Tapaaminen on torstaina.",
    });
    const invite = await enqueueEmail(fresh.db, {
      to: "vanhempi@example.fi",
      locale: "fi",
      subject: "Kutsu: yhteinen tapaaminen 10.12. – Mäkelä",
      textBody: "Liitteenä kalenterikutsu.",
      icsContent: ICS,
      icsMethod: "REQUEST",
    });

    expect(await sendPendingEmails(fresh.db, transport, { from: "Yhteinen aika <no-reply@ya.example>" })).toEqual({ sent: 2, failed: 0 });
    expect(inbox).toHaveLength(2);

    const plainMail = inbox.find((m) => m.rcptTo.includes("aiti@example.fi"))!;
    expect(plainMail).toBeDefined();
    expect(plainMail.mailFrom).toBe("no-reply@ya.example");
    expect(subjectOf(plainMail)).toBe("Tervetuloa yhteiseen tapaamiseen – päivä ja ööaika");
    const plainParsed = parseMime(plainMail.raw);
    expect(plainParsed.headers.get("message-id")).toBe(`<${plain!.id}@ya.example>`);
    expect(allParts(plainParsed).some((p) => p.body.includes("Tapaaminen on torstaina."))).toBe(true);

    const inviteMail = inbox.find((m) => m.rcptTo.includes("vanhempi@example.fi"))!;
    expect(inviteMail.rcptTo).toEqual(["vanhempi@example.fi"]);
    expect(subjectOf(inviteMail)).toBe("Kutsu: yhteinen tapaaminen 10.12. – Mäkelä");
    const parts = allParts(parseMime(inviteMail.raw));
    const calendar = parts.find((p) => /^text\/calendar/i.test(p.headers.get("content-type") ?? ""));
    expect(calendar, "a text/calendar alternative part").toBeDefined();
    expect(calendar!.headers.get("content-type")).toMatch(/method=REQUEST/i);
    expect(calendar!.headers.get("content-type")).toMatch(/charset=utf-8/i);
    expect(calendar!.body).toContain(`UID:${ICS_UID}`);
    expect(calendar!.body).toContain("METHOD:REQUEST");
    expect(calendar!.body).toContain("Mäkelän perhe");
    // The alternative sits beside the text body, so calendar clients offer accept/decline.
    const alternative = parts.find((p) => /^multipart\/alternative/i.test(p.headers.get("content-type") ?? ""));
    expect(alternative?.parts.map((p) => (p.headers.get("content-type") ?? "").split(";")[0])).toEqual(["text/plain", "text/calendar"]);

    const rows = await fresh.db.emailOutbox.findMany({ where: { id: { in: [plain!.id, invite!.id] } } });
    for (const row of rows) {
      expect(row.status).toBe("SENT");
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.attempts).toBe(0);
    }

    // No double send, also when the run's clock is far ahead.
    expect(await sendPendingEmails(fresh.db, transport)).toEqual({ sent: 0, failed: 0 });
    expect(await sendPendingEmails(fresh.db, transport, { now: new Date(Date.now() + 24 * 3600_000) })).toEqual({ sent: 0, failed: 0 });
    expect(inbox).toHaveLength(2);
  });

  it("keeps mail queued while the SMTP server is down and delivers it once the server is reachable", async () => {
    const down = createSmtpTransport(`smtp://127.0.0.1:${await closedPort()}`)!;
    const subject = "Muistutus: tapaaminen huomenna – älä unohda";
    const body = "Salainen sisältö: perheen tiedot";
    const queued = await enqueueEmail(fresh.db, { to: "retry@example.fi", locale: "fi", subject, textBody: body });
    const t0 = new Date(Date.now() + 1000);

    const logged: string[] = [];
    const spies = (["log", "info", "warn", "error"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" "))),
    );
    try {
      expect(await sendPendingEmails(fresh.db, down, { now: t0 })).toEqual({ sent: 0, failed: 1 });
    } finally {
      for (const spy of spies) spy.mockRestore();
      down.close();
    }
    // The failure is logged by row id, without the mail's content or recipient.
    expect(logged.join("\n")).toContain(queued!.id);
    expect(logged.join("\n")).not.toMatch(/Salainen|älä unohda|retry@example\.fi/);
    const failedOnce = await fresh.db.emailOutbox.findUniqueOrThrow({ where: { id: queued!.id } });
    expect(failedOnce.status).toBe("PENDING");
    expect(failedOnce.attempts).toBe(1);
    expect(failedOnce.lastError).toBeTruthy();
    expect(failedOnce.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
    expect(failedOnce.lastError!.length).toBeLessThanOrEqual(300);
    expect(failedOnce.lastError).not.toContain("Salainen");
    expect(failedOnce.lastError).not.toContain("retry@example.fi");
    expect(failedOnce.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));
    expect(failedOnce.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());

    // Not due yet: nothing is tried, even with the server up.
    expect(await sendPendingEmails(fresh.db, transport, { now: new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0 });
    expect(inbox).toHaveLength(0);

    // Due again: delivered once.
    const later = new Date(failedOnce.nextAttemptAt.getTime() + 1000);
    expect(await sendPendingEmails(fresh.db, transport, { now: later })).toEqual({ sent: 1, failed: 0 });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.rcptTo).toEqual(["retry@example.fi"]);
    expect(subjectOf(inbox[0]!)).toBe(subject);
    const sent = await fresh.db.emailOutbox.findUniqueOrThrow({ where: { id: queued!.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1 });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await sendPendingEmails(fresh.db, transport, { now: new Date(later.getTime() + 3600_000) })).toEqual({ sent: 0, failed: 0 });
    expect(inbox).toHaveLength(1);
  });

  it("backs off exponentially (1, 2, 4 … min, at most 1 h) and gives up as FAILED after 10 attempts", async () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(MAX_ATTEMPTS).toBe(10);

    const down = createSmtpTransport(`smtp://127.0.0.1:${await closedPort()}`)!;
    const queued = await enqueueEmail(fresh.db, { to: "giveup@example.fi", locale: "en", subject: "Never arrives", textBody: "x" });
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await sendPendingEmails(fresh.db, down, { now })).toEqual({ sent: 0, failed: 1 });
      const row = await fresh.db.emailOutbox.findUniqueOrThrow({ where: { id: queued!.id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row.status).toBe("PENDING");
        expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(attempt));
        now = row.nextAttemptAt;
      } else {
        expect(row.status).toBe("FAILED");
      }
    }
    down.close();
    expect(await sendPendingEmails(fresh.db, transport, { now: new Date(now.getTime() + 24 * 3600_000) })).toEqual({ sent: 0, failed: 0 });
    expect(inbox).toHaveLength(0);
  });

  it("delivers each of 10 due mails exactly once when two app instances send at the same time", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await enqueueEmail(fresh.db, { to: `rinnakkain${i}@example.fi`, locale: "fi", subject: `Rinnakkainen ${i} – ä`, textBody: `viesti ${i}` });
      ids.push(r!.id);
    }
    const other = fresh.newClient();
    const now = new Date(Date.now() + 1000);
    const drain = async (db: typeof fresh.db) => {
      let sent = 0;
      for (;;) {
        const r = await sendPendingEmails(db, transport, { now, limit: 3 });
        expect(r.failed).toBe(0);
        if (r.sent === 0) return sent;
        sent += r.sent;
      }
    };
    const [a, b] = await Promise.all([drain(fresh.db), drain(other)]);
    expect(a + b).toBe(10);

    const recipients = inbox.flatMap((m) => m.rcptTo).sort();
    expect(recipients).toEqual(Array.from({ length: 10 }, (_, i) => `rinnakkain${i}@example.fi`).sort());
    expect(new Set(inbox.map(subjectOf)).size).toBe(10);
    const rows = await fresh.db.emailOutbox.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 0)).toBe(true);
  });
});

describe("startEmailScheduler", () => {
  // First in this block, so that no earlier scheduler's run can still be sending meanwhile.
  it("does nothing without a transport: nothing is sent, and the outbox is left exactly as it was", async () => {
    const r = await enqueueEmail(fresh.db, { to: "jonossa@example.fi", locale: "fi", subject: "Jää jonoon", textBody: "x" });
    const before = await fresh.db.emailOutbox.findMany({ orderBy: { id: "asc" } });
    expect(before.find((m) => m.id === r!.id)).toMatchObject({ status: "PENDING", attempts: 0, sentAt: null, lastError: null });
    // A scheduler that fell back to SMTP_URL instead would deliver to the test server.
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtpPort}`);
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      const scheduler = startEmailScheduler(fresh.db, { transport: null, intervalMs: 10 });
      // Many intervals: a scheduler that ran would have claimed and sent the due mail by now.
      await new Promise((res) => setTimeout(res, 500));
      scheduler.stop();
      expect(info).toHaveBeenCalledWith(expect.stringMatching(/mail stays queued/));
    } finally {
      info.mockRestore();
      vi.unstubAllEnvs();
    }
    expect(inbox).toEqual([]);
    // No claim, no attempt, no error, no sent time: every row as it was.
    expect(await fresh.db.emailOutbox.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("sends due mail on its own, and stops", async () => {
    const r = await enqueueEmail(fresh.db, { to: "ajastin@example.fi", locale: "fi", subject: "Ajastettu", textBody: "x" });
    const scheduler = startEmailScheduler(fresh.db, { intervalMs: 50, transport });
    try {
      for (let i = 0; i < 200 && !inbox.some((m) => m.rcptTo.includes("ajastin@example.fi")); i++) await new Promise((res) => setTimeout(res, 25));
    } finally {
      scheduler.stop();
    }
    // Earlier tests' mail may fall due meanwhile on a slow machine; this one must have gone, once.
    expect(inbox.filter((m) => m.rcptTo.includes("ajastin@example.fi")).map((m) => m.rcptTo)).toEqual([["ajastin@example.fi"]]);
    // The SMTP server may have the mail a moment before the sender has marked it sent.
    await expect.poll(async () => (await fresh.db.emailOutbox.findUniqueOrThrow({ where: { id: r!.id } })).status, { timeout: 10_000 }).toBe("SENT");
  });
});

describe("createSmtpTransport", () => {
  it("is null without SMTP_URL and reads smtp:// and smtps:// URLs", () => {
    expect(createSmtpTransport("")).toBeNull();
    expect(createSmtpTransport(undefined)).toBeNull();
    expect(smtpOptionsFromUrl("smtps://user%40x:p%3Ass@mail.example:465")).toMatchObject({
      host: "mail.example",
      port: 465,
      secure: true,
      auth: { user: "user@x", pass: "p:ss" },
    });
    expect(smtpOptionsFromUrl("smtp://mail.example?requireTLS=true")).toMatchObject({ port: 587, secure: false, requireTLS: true });
    expect(() => smtpOptionsFromUrl("http://mail.example")).toThrow(/smtp/);
  });
});
