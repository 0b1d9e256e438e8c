// Sähköinen yhteydenotto and yksi puhelinnumero: a family's public request (validated, rate limited
// per address across app instances, stored as plain text, confirmed by a mail that repeats nothing),
// the guidance service's queue of its own municipality, an exclusive "take", the three outcomes
// (a started collaboration lands in the chosen frontline worker's list), phone contacts, and the
// retention job that deletes closed requests without keeping their content.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { closeContactRequestAction, recordPhoneContactAction, startCollaborationAction, takeContactRequestAction } from "@/lib/contact/actions.ts";
import { getContactRequest } from "@/lib/contact/get-contact-request.ts";
import { listContactQueue } from "@/lib/contact/list-queue.ts";
import { listPublicMunicipalities } from "@/lib/contact/municipalities.ts";
import { isReferenceCode } from "@/lib/contact/reference-code.ts";
import { deleteExpiredContactRequests } from "@/lib/contact/retention.ts";
import { submitContactRequest } from "@/lib/contact/submit-contact-request.ts";
import { listMyCollaborations } from "@/lib/collaborations/list-my-collaborations.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let otherOrg: Awaited<ReturnType<typeof buildOrganisation>>;
let unservedOrg: Awaited<ReturnType<typeof buildOrganisation>>;
let guide: SessionUser;
let guide2: SessionUser;
let scopedGuide: SessionUser;
let otherGuide: SessionUser;
let frontline: SessionUser;
let otherFrontline: SessionUser;
let coordinator: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser, db = fresh.db) => ({ db, user });
/** Each test gets its own address, so the rate limit of one does not touch another. */
const visitor = () => ({ ip: `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}` });
const HOUR = 3_600_000;

function validForm(overrides: Record<string, unknown> = {}) {
  return {
    municipalityId: org.municipality.id,
    childrenAges: "4 ja 9 vuotta",
    message: "Iltaisin on paljon riitaa ja väsymystä. Toivoisimme keskustelua.",
    contactPreference: "PHONE",
    phone: "040 123 4567",
    email: "",
    contactTimes: "arkisin klo 9–12",
    language: "fi",
    interpreterNeeded: false,
    interpreterLanguage: "",
    privacyAcknowledged: true,
    website: "",
    ...overrides,
  };
}

async function send(overrides: Record<string, unknown> = {}, req: { ip: string; now?: Date } = visitor(), db = fresh.db) {
  return submitContactRequest(db, validForm(overrides), req);
}

async function sentRequest(overrides: Record<string, unknown> = {}) {
  const r = await send(overrides);
  if (!r.ok) throw new Error(`not sent: ${JSON.stringify(r)}`);
  return fresh.db.contactRequest.findUniqueOrThrow({ where: { referenceCode: r.referenceCode } });
}

const guardianInput = { firstName: "Maija", lastName: "Mäkinen", phone: "040 123 4567", email: "", language: "fi" };
const startInput = (requestId: string, ownerId = "self") => ({
  requestId,
  guardians: [guardianInput],
  children: [{ firstName: "Eetu", birthYear: "2019" }],
  familyLanguage: "fi",
  interpreterNeeded: false,
  ownerId,
});

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  otherOrg = await buildOrganisation(fresh.db);
  unservedOrg = await buildOrganisation(fresh.db);
  guide = session(await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"], unitId: org.unit.id, name: "Olli Ohjaaja" }));
  guide2 = session(await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"], unitId: org.unit.id, name: "Outi Ohjaaja" }));
  // Unit elsewhere, but scoped to org's municipality: the scope wins.
  scopedGuide = session(await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"], unitId: otherOrg.unit.id, scopeMunicipalityId: org.municipality.id, name: "Sanna Scope" }));
  otherGuide = session(await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"], unitId: otherOrg.unit.id, name: "Toivo Toinen" }));
  frontline = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Liisa Lähinen" }));
  otherFrontline = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: otherOrg.unit.id, name: "Kalle Kaukana" }));
  coordinator = session(await buildUser(fresh.db, { roles: ["COORDINATOR"], scopeMunicipalityId: org.municipality.id }));
});

afterAll(async () => {
  await fresh?.close();
});

afterEach(() => {
  delete process.env.CONTACT_RATE_LIMIT;
});

describe("the public form", () => {
  it("offers only municipalities that have a guidance service, by name", async () => {
    const list = await listPublicMunicipalities(fresh.db, "fi");
    const ids = list.map((m) => m.id);
    expect(ids).toContain(org.municipality.id);
    expect(ids).toContain(otherOrg.municipality.id);
    expect(ids).not.toContain(unservedOrg.municipality.id);
  });

  it("stores a valid request as a NEW electronic contact with a reference code and the privacy acknowledgement", async () => {
    const r = await send({ interpreterNeeded: true, interpreterLanguage: "arabia", language: "sv" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(isReferenceCode(r.referenceCode)).toBe(true);
    const row = await fresh.db.contactRequest.findUniqueOrThrow({ where: { referenceCode: r.referenceCode } });
    expect(row).toMatchObject({
      channel: "ELECTRONIC_CONTACT",
      status: "NEW",
      municipalityId: org.municipality.id,
      childrenAges: "4 ja 9 vuotta",
      contactPreference: "PHONE",
      phone: "040 123 4567",
      email: null,
      language: "sv",
      interpreterNeeded: true,
      interpreterLanguage: "arabia",
      takenById: null,
    });
    expect(row.privacyAcknowledgedAt).toBeInstanceOf(Date);
    // No e-mail given: no mail.
    expect(await fresh.db.emailOutbox.count({ where: { dedupeKey: `contact-confirmation:${r.referenceCode}` } })).toBe(0);
  });

  it("queues a confirmation mail in the family's language that repeats nothing they wrote", async () => {
    const message = "Lapsemme nukkuu huonosti ja koulussa on kiusaamista, salainen-sana-XYZ.";
    const r = await send({ contactPreference: "EMAIL", email: "Perhe.Virtanen@Example.fi", phone: "", message, language: "en", contactTimes: "iltaisin 18-20" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const mail = await fresh.db.emailOutbox.findUniqueOrThrow({ where: { dedupeKey: `contact-confirmation:${r.referenceCode}` } });
    expect(mail).toMatchObject({ toAddress: "perhe.virtanen@example.fi", locale: "en", status: "PENDING" });
    expect(mail.textBody).toContain(r.referenceCode);
    const everything = `${mail.subject}\n${mail.textBody}`;
    for (const typed of ["salainen-sana-XYZ", "kiusaamista", "4 ja 9", "iltaisin", org.municipality.name, "040 123"]) expect(everything).not.toContain(typed);
  });

  describe("bad input is refused with a field error, and nothing is stored", () => {
    const cases: [string, Record<string, unknown>, Record<string, string>][] = [
      ["a missing contact method", { contactPreference: undefined }, { contactPreference: "contactMethodRequired" }],
      ["an empty contact method", { contactPreference: "" }, { contactPreference: "contactMethodRequired" }],
      ["a call without a phone number", { phone: "" }, { phone: "contactPhoneRequired" }],
      ["e-mail chosen without an address", { contactPreference: "EMAIL", phone: "" }, { email: "contactEmailRequired" }],
      ["an e-mail address in the wrong form", { contactPreference: "EMAIL", email: "perhe(at)example" }, { email: "invalidEmail" }],
      ["a phone number in the wrong form", { phone: "soita minulle" }, { phone: "invalidPhone" }],
      ["a message over the limit", { message: "a".repeat(3001) }, { message: "tooLong:3000" }],
      ["children's ages over the limit", { childrenAges: "9 ".repeat(150) }, { childrenAges: "tooLong:200" }],
      ["a script in the message", { message: "<script>alert(1)</script>" }, { message: "invalidText" }],
      ["HTML in the ages", { childrenAges: '<img src=x onerror="alert(1)">' }, { childrenAges: "invalidText" }],
      ["HTML in the contact times", { contactTimes: "<b>aamulla</b>" }, { contactTimes: "invalidText" }],
      ["an unknown municipality", { municipalityId: randomUUID() }, { municipalityId: "unknownMunicipality" }],
      ["a municipality without a guidance service", { municipalityId: "" }, { municipalityId: "unknownMunicipality" }],
      ["no privacy acknowledgement", { privacyAcknowledged: false }, { privacyAcknowledged: "privacyRequired" }],
      ["an unknown language", { language: "de" }, { language: "invalidChoice" }],
    ];
    for (const [name, overrides, fieldErrors] of cases) {
      it(name, async () => {
        const before = await fresh.db.contactRequest.count();
        const mailsBefore = await fresh.db.emailOutbox.count();
        const r = await send(overrides);
        expect(r).toMatchObject({ ok: false, code: "VALIDATION", message: "formHasErrors", fieldErrors });
        expect(await fresh.db.contactRequest.count()).toBe(before);
        expect(await fresh.db.emailOutbox.count()).toBe(mailsBefore);
      });
    }

    it("a municipality that has no guidance worker", async () => {
      const r = await send({ municipalityId: unservedOrg.municipality.id });
      expect(r).toMatchObject({ ok: false, fieldErrors: { municipalityId: "unknownMunicipality" } });
      expect(await fresh.db.contactRequest.count({ where: { municipalityId: unservedOrg.municipality.id } })).toBe(0);
    });

    it("a filled honeypot: refused without field hints, nothing stored", async () => {
      const before = await fresh.db.contactRequest.count();
      const r = await send({ website: "http://spam.example" });
      expect(r).toEqual({ ok: false, code: "REJECTED", message: "contactRejected", fieldErrors: {} });
      expect(await fresh.db.contactRequest.count()).toBe(before);
    });

    it("input that is not a form at all", async () => {
      for (const junk of [null, "text", 42, [], { municipalityId: { $ne: null } }]) {
        const r = await submitContactRequest(fresh.db, junk, visitor());
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.code).not.toBe("UNEXPECTED");
      }
    });
  });
});

describe("rate limiting per address, kept in the database", () => {
  it("is shared by two app instances on one database: the limit holds across both, in sequence and at once", async () => {
    process.env.CONTACT_RATE_LIMIT = "6";
    const instanceA = fresh.newClient();
    const instanceB = fresh.newClient();
    const who = visitor();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await send({}, who, i % 2 === 0 ? instanceA : instanceB));
    expect(results.every((r) => r.ok)).toBe(true);
    // Six more at the same time, split between the instances: exactly two fit in the limit.
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => send({}, who, i % 2 === 0 ? instanceA : instanceB)));
    expect(burst.filter((r) => r.ok)).toHaveLength(2);
    expect(burst.filter((r) => !r.ok && r.code === "RATE_LIMITED")).toHaveLength(4);
    // Invalid attempts count too, and a limited address gets the limit, not field errors.
    expect(await send({ phone: "x" }, who, instanceB)).toMatchObject({ ok: false, code: "RATE_LIMITED", message: "contactRateLimited" });
    // Another address is not affected.
    expect((await send({}, visitor(), instanceA)).ok).toBe(true);
  });

  it("opens again in the next window", async () => {
    process.env.CONTACT_RATE_LIMIT = "1";
    const who = visitor();
    const t0 = new Date("2027-03-01T10:05:00Z");
    expect((await send({}, { ...who, now: t0 })).ok).toBe(true);
    expect(await send({}, { ...who, now: new Date(t0.getTime() + 10 * 60_000) })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect((await send({}, { ...who, now: new Date(t0.getTime() + HOUR) })).ok).toBe(true);
  });
});

describe("the guidance service's queue", () => {
  it("shows a guidance worker only their own municipality's open requests, oldest first, with waiting time and long waits marked", async () => {
    const now = new Date();
    const old = await sentRequest();
    await fresh.db.contactRequest.update({ where: { id: old.id }, data: { createdAt: new Date(now.getTime() - 72 * HOUR) } });
    const recent = await sentRequest();
    await fresh.db.contactRequest.update({ where: { id: recent.id }, data: { createdAt: new Date(now.getTime() - 3 * HOUR) } });
    const elsewhere = await sentRequest({ municipalityId: otherOrg.municipality.id });

    for (const worker of [guide, scopedGuide]) {
      const q = await listContactQueue(fresh.db, worker, now);
      expect(q.municipalityName).toBe(org.municipality.name);
      const ids = q.rows.map((r) => r.id);
      expect(ids).toContain(old.id);
      expect(ids).toContain(recent.id);
      expect(ids).not.toContain(elsewhere.id);
      expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(recent.id));
      const times = q.rows.map((r) => r.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(q.rows.find((r) => r.id === old.id)).toMatchObject({ waitingHours: 72, waitingLong: true });
      expect(q.rows.find((r) => r.id === recent.id)).toMatchObject({ waitingHours: 3, waitingLong: false });
    }
    const other = await listContactQueue(fresh.db, otherGuide, now);
    expect(other.rows.map((r) => r.id)).toEqual(expect.arrayContaining([elsewhere.id]));
    expect(other.rows.map((r) => r.id)).not.toContain(old.id);
  });

  it("is closed to everyone else, and one request's page is too (NOT_FOUND, as if it did not exist)", async () => {
    const req = await sentRequest();
    for (const user of [frontline, coordinator]) await expect(listContactQueue(fresh.db, user)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const user of [frontline, coordinator, otherGuide]) await expect(getContactRequest(fresh.db, user, req.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const user of [frontline, otherGuide]) {
      expect(await runSecureAction(takeContactRequestAction, as(user), { requestId: req.id })).toMatchObject({ ok: false, status: 404 });
    }
    expect((await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("NEW");
  });

  it("logs each opening of a request, without its content", async () => {
    const req = await sentRequest({ message: "Tämä on perheen oma viesti 12345." });
    const seen = await getContactRequest(fresh.db, guide, req.id);
    expect(seen.message).toBe("Tämä on perheen oma viesti 12345.");
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "contactRequest.read", objectId: req.id } });
    expect(audit).toMatchObject({ kind: "ACCESS", actorId: guide.id, objectType: "ContactRequest" });
    expect(JSON.stringify(audit)).not.toContain("12345");
  });
});

describe("taking a request", () => {
  it("is exclusive: of two workers pressing take at once on two instances, exactly one gets it", async () => {
    for (let round = 0; round < 5; round++) {
      const req = await sentRequest();
      const a = fresh.newClient();
      const b = fresh.newClient();
      const [ra, rb] = await Promise.all([
        runSecureAction(takeContactRequestAction, as(guide, a), { requestId: req.id }),
        runSecureAction(takeContactRequestAction, as(guide2, b), { requestId: req.id }),
      ]);
      const wins = [ra, rb].filter((r) => r.ok);
      const losses = [ra, rb].filter((r) => !r.ok);
      expect(wins).toHaveLength(1);
      expect(losses[0]).toMatchObject({ ok: false, status: 409, code: "CONFLICT", fieldErrors: { _form: "requestAlreadyTaken" } });
      const row = await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: req.id } });
      expect(row.status).toBe("TAKEN");
      expect(row.takenById).toBe(ra.ok ? guide.id : guide2.id);
      expect(await fresh.db.auditEvent.count({ where: { action: "contactRequest.take", objectId: req.id } })).toBe(1);
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
  });

  it("marks it in the queue as the taker's", async () => {
    const req = await sentRequest();
    expect((await runSecureAction(takeContactRequestAction, as(guide), { requestId: req.id })).ok).toBe(true);
    const mine = (await listContactQueue(fresh.db, guide)).rows.find((r) => r.id === req.id);
    expect(mine).toMatchObject({ status: "TAKEN", takenByMe: true, takenByName: "Olli Ohjaaja" });
    const theirs = (await listContactQueue(fresh.db, guide2)).rows.find((r) => r.id === req.id);
    expect(theirs).toMatchObject({ status: "TAKEN", takenByMe: false, takenByName: "Olli Ohjaaja" });
  });
});

describe("outcomes", () => {
  async function takenRequest(overrides: Record<string, unknown> = {}, by = guide) {
    const req = await sentRequest(overrides);
    const r = await runSecureAction(takeContactRequestAction, as(by), { requestId: req.id });
    expect(r.ok).toBe(true);
    return req;
  }

  it("advice given and closed: only by the taker, once; it leaves the queue", async () => {
    const req = await takenRequest();
    expect(await runSecureAction(closeContactRequestAction, as(guide2), { requestId: req.id, outcome: "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" })).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { _form: "requestNotYours" },
    });
    expect((await runSecureAction(closeContactRequestAction, as(guide), { requestId: req.id, outcome: "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" })).ok).toBe(true);
    const row = await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: req.id } });
    expect(row).toMatchObject({ status: "CLOSED", outcome: "ADVICE_GIVEN", forwardedTo: null, collaborationId: null });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect((await listContactQueue(fresh.db, guide)).rows.map((r) => r.id)).not.toContain(req.id);
    expect((await runSecureAction(closeContactRequestAction, as(guide), { requestId: req.id, outcome: "FORWARDED", forwardedTo: "Perheneuvola", outcomeNote: "" })).ok).toBe(false);
  });

  it("forwarded: names the service, which is required", async () => {
    const req = await takenRequest();
    expect(await runSecureAction(closeContactRequestAction, as(guide), { requestId: req.id, outcome: "FORWARDED", forwardedTo: "", outcomeNote: "" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { forwardedTo: "forwardedToRequired" },
    });
    expect((await runSecureAction(closeContactRequestAction, as(guide), { requestId: req.id, outcome: "FORWARDED", forwardedTo: "Perheneuvola", outcomeNote: "Soitti itse." })).ok).toBe(true);
    expect(await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: req.id } })).toMatchObject({ status: "CLOSED", outcome: "FORWARDED", forwardedTo: "Perheneuvola", outcomeNote: "Soitti itse." });
  });

  it("a request must be taken before an outcome is recorded", async () => {
    const req = await sentRequest();
    expect(await runSecureAction(closeContactRequestAction, as(guide), { requestId: req.id, outcome: "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" })).toMatchObject({ ok: false, status: 409 });
    expect(await runSecureAction(startCollaborationAction, as(guide), startInput(req.id))).toMatchObject({ ok: false, status: 409 });
    expect(await fresh.db.collaboration.count({ where: { familyWishes: req.message } })).toBe(0);
  });

  it("collaboration started with a chosen frontline worker as owner: entry route ELECTRONIC_CONTACT, the family's words as their wishes, and it is in that worker's own list", async () => {
    const message = `Toivomme apua lapsen uniongelmiin ${randomUUID().slice(0, 6)}.`;
    const req = await takenRequest({ message });
    const r = await runSecureAction(startCollaborationAction, as(guide), startInput(req.id, frontline.id));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = await fresh.db.collaboration.findUniqueOrThrow({ where: { id: r.data.id }, include: { members: true, family: { include: { guardians: true, children: true } } } });
    expect(c).toMatchObject({ entryRoute: "ELECTRONIC_CONTACT", familyWishes: message, ownerId: frontline.id, municipalityId: org.municipality.id, areaId: org.area.id, status: "CONCERN_RAISED" });
    expect(c.members.map((m) => [m.userId, m.role])).toEqual([[frontline.id, "OWNER"]]);
    expect(c.family.guardians[0]).toMatchObject({ firstName: "Maija", lastName: "Mäkinen" });
    expect(c.family.children[0]).toMatchObject({ firstName: "Eetu", birthYear: 2019 });
    expect(await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: req.id } })).toMatchObject({ status: "CLOSED", outcome: "COLLABORATION_STARTED", collaborationId: c.id });
    const list = await listMyCollaborations(fresh.db, frontline);
    expect(list.find((row) => row.id === c.id)).toMatchObject({ entryRoute: "ELECTRONIC_CONTACT", myRoles: ["OWNER"] });
    // Handed over: the guidance worker is not a member of the family's collaboration.
    expect((await listMyCollaborations(fresh.db, guide)).map((row) => row.id)).not.toContain(c.id);
  });

  it("collaboration started with the taking worker as owner", async () => {
    const req = await takenRequest();
    const r = await runSecureAction(startCollaborationAction, as(guide), startInput(req.id, "self"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await fresh.db.collaboration.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ ownerId: guide.id, entryRoute: "ELECTRONIC_CONTACT", familyWishes: req.message });
    expect((await listMyCollaborations(fresh.db, guide)).map((row) => row.id)).toContain(r.data.id);
  });

  it("refuses an owner who is not a frontline worker of the family's municipality, and creates nothing", async () => {
    const req = await takenRequest();
    const families = await fresh.db.family.count();
    for (const ownerId of [otherFrontline.id, coordinator.id, guide2.id, randomUUID()]) {
      expect(await runSecureAction(startCollaborationAction, as(guide), startInput(req.id, ownerId))).toMatchObject({ ok: false, status: 400, fieldErrors: { ownerId: "ownerNotEligible" } });
    }
    expect(await fresh.db.family.count()).toBe(families);
    expect((await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("TAKEN");
  });
});

describe("phone contacts (yksi puhelinnumero)", () => {
  const call = (overrides: Record<string, unknown> = {}) => ({ ...validForm(), outcome: "KEEP", forwardedTo: "", outcomeNote: "", ...overrides });

  it("records a call in the worker's municipality as theirs, with the same outcomes; a started collaboration has entry route PHONE", async () => {
    const advice = await runSecureAction(recordPhoneContactAction, as(guide), call({ outcome: "ADVICE_GIVEN" }));
    expect(advice.ok).toBe(true);
    if (!advice.ok) return;
    expect(await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: advice.data.id } })).toMatchObject({ channel: "PHONE", status: "CLOSED", outcome: "ADVICE_GIVEN", takenById: guide.id, privacyAcknowledgedAt: null });

    const forwarded = await runSecureAction(recordPhoneContactAction, as(guide), call({ outcome: "FORWARDED", forwardedTo: "Neuvola" }));
    expect(forwarded.ok).toBe(true);

    const kept = await runSecureAction(recordPhoneContactAction, as(guide), call({ outcome: "COLLABORATION_STARTED" }));
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    expect(await fresh.db.contactRequest.findUniqueOrThrow({ where: { id: kept.data.id } })).toMatchObject({ status: "TAKEN", outcome: null });
    const started = await runSecureAction(startCollaborationAction, as(guide), startInput(kept.data.id, frontline.id));
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(await fresh.db.collaboration.findUniqueOrThrow({ where: { id: started.data.id } })).toMatchObject({ entryRoute: "PHONE", ownerId: frontline.id });
  });

  it("refuses another municipality, bad input and other roles, storing nothing", async () => {
    const before = await fresh.db.contactRequest.count();
    expect(await runSecureAction(recordPhoneContactAction, as(guide), call({ municipalityId: otherOrg.municipality.id }))).toMatchObject({ ok: false, fieldErrors: { municipalityId: "unknownMunicipality" } });
    expect(await runSecureAction(recordPhoneContactAction, as(guide), call({ outcome: "FORWARDED" }))).toMatchObject({ ok: false, fieldErrors: { forwardedTo: "forwardedToRequired" } });
    expect(await runSecureAction(recordPhoneContactAction, as(guide), call({ message: "<b>x</b>" }))).toMatchObject({ ok: false, fieldErrors: { message: "invalidText" } });
    expect(await runSecureAction(recordPhoneContactAction, as(frontline), call())).toMatchObject({ ok: false, status: 404 });
    expect(await fresh.db.contactRequest.count()).toBe(before);
  });
});

describe("retention", () => {
  it("deletes requests closed without a collaboration after 12 months, keeps the rest, and logs what it deleted without content", async () => {
    const now = new Date("2028-06-15T08:00:00Z");
    const monthsAgo = (m: number, extraDays = 0) => {
      const d = new Date(now.getTime());
      d.setUTCMonth(d.getUTCMonth() - m);
      return new Date(d.getTime() - extraDays * 86_400_000);
    };
    const secret = `salaisuus-${randomUUID().slice(0, 8)}`;
    const make = async (status: "NEW" | "TAKEN" | "CLOSED", outcome: "ADVICE_GIVEN" | "FORWARDED" | "COLLABORATION_STARTED" | null, closedAt: Date | null) => {
      const req = await sentRequest({ message: `${secret} ${status} ${outcome}` });
      if (status === "NEW") return req;
      let collaborationId: string | null = null;
      if (outcome === "COLLABORATION_STARTED") {
        const family = await fresh.db.family.create({ data: { municipalityId: org.municipality.id } });
        collaborationId = (await fresh.db.collaboration.create({ data: { familyId: family.id, municipalityId: org.municipality.id, ownerId: frontline.id, entryRoute: "ELECTRONIC_CONTACT" } })).id;
      }
      return fresh.db.contactRequest.update({ where: { id: req.id }, data: { status, takenById: guide.id, takenAt: monthsAgo(13, 1), outcome, closedAt, collaborationId } });
    };
    const expiredAdvice = await make("CLOSED", "ADVICE_GIVEN", monthsAgo(12, 1));
    const expiredForwarded = await make("CLOSED", "FORWARDED", monthsAgo(14));
    const recentAdvice = await make("CLOSED", "ADVICE_GIVEN", monthsAgo(11, 20));
    const oldCollaboration = await make("CLOSED", "COLLABORATION_STARTED", monthsAgo(20));
    const stillOpen = await make("TAKEN", null, null);
    await fresh.db.contactRequest.update({ where: { id: stillOpen.id }, data: { createdAt: monthsAgo(24) } });

    const result = await deleteExpiredContactRequests(fresh.db, { now });
    const deletedIds = result.rows.map((r) => r.id);
    expect(deletedIds).toEqual(expect.arrayContaining([expiredAdvice.id, expiredForwarded.id]));
    for (const kept of [recentAdvice, oldCollaboration, stillOpen]) expect(deletedIds).not.toContain(kept.id);
    expect(await fresh.db.contactRequest.count({ where: { id: { in: [expiredAdvice.id, expiredForwarded.id] } } })).toBe(0);
    expect(await fresh.db.contactRequest.count({ where: { id: { in: [recentAdvice.id, oldCollaboration.id, stillOpen.id] } } })).toBe(3);

    const log = await fresh.db.auditEvent.findMany({ where: { action: "contactRequest.retention.delete" } });
    const logged = JSON.stringify(log);
    expect(logged).toContain(expiredAdvice.id);
    expect(logged).toContain(expiredForwarded.id);
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain("040 123");

    // A shorter configured period deletes the more recent one too; a second run finds nothing more.
    const shorter = await deleteExpiredContactRequests(fresh.db, { now, months: 6 });
    expect(shorter.rows.map((r) => r.id)).toContain(recentAdvice.id);
    expect((await deleteExpiredContactRequests(fresh.db, { now, months: 6 })).rows.map((r) => r.id)).not.toContain(recentAdvice.id);
  });
});

describe("coordinator figures", () => {
  it("count both routes, electronic and phone, by outcome, with small counts suppressed", async () => {
    const { contactFigures } = await import("@/lib/contact/contact-figures.ts");
    const place = await buildOrganisation(fresh.db);
    const worker = session(await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"], unitId: place.unit.id }));
    const from = new Date(Date.now() - HOUR);
    for (let i = 0; i < 5; i++) expect((await send({ municipalityId: place.municipality.id })).ok).toBe(true);
    for (let i = 0; i < 6; i++) {
      const r = await runSecureAction(recordPhoneContactAction, as(worker), { ...validForm({ municipalityId: place.municipality.id }), outcome: "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" });
      expect(r.ok).toBe(true);
    }
    await runSecureAction(recordPhoneContactAction, as(worker), { ...validForm({ municipalityId: place.municipality.id }), outcome: "FORWARDED", forwardedTo: "Neuvola", outcomeNote: "" });
    const figures = await contactFigures(fresh.db, { municipalityIds: [place.municipality.id], from, to: new Date(Date.now() + HOUR) });
    expect(figures.rows).toEqual([
      { route: "ELECTRONIC_CONTACT", received: { kind: "value", value: 5 }, started: { kind: "value", value: 0 }, advice: { kind: "value", value: 0 }, forwarded: { kind: "value", value: 0 }, open: { kind: "value", value: 5 } },
      { route: "PHONE", received: { kind: "value", value: 7 }, started: { kind: "value", value: 0 }, advice: { kind: "value", value: 6 }, forwarded: { kind: "suppressed" }, open: { kind: "value", value: 0 } },
    ]);
    expect(figures.total).toEqual({ kind: "value", value: 12 });
  });
});
