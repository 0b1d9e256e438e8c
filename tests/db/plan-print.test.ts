// The joint plan printed for the family (seed 001: "Lähityöntekijä kirjaa ja tulostaa yhteisen
// suunnitelman asiakkaalle"): in the family's language and plain language, with the family-chosen
// responsible workers and how to reach them, the next contact, the plan grouped by where things
// happen, and the plan's date and version — and nothing the family did not agree to. The same
// document as a PDF (real text, ä/ö/å included). Reading it is a read of the plan: the same readers,
// one use- or disclosure-log event per print or download.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { recordConsentAction } from "@/lib/consents/actions.ts";
import { nameResponsibleWorkersAction, publishPlanAction, savePlanDraftAction } from "@/lib/plans/actions.ts";
import { saveStarReviewAction } from "@/lib/star/actions.ts";
import { buildPlanPrintDocument, contactsFromSnapshot, loadPlanPrintDocument, parsePlanVersionParam, type PlanPrintDocument } from "@/lib/plans/print-document.ts";
import { getPlanForViewer } from "@/lib/plans/get-plan-for-viewer.ts";
import { renderPlanPdf } from "@/lib/plans/render-plan-pdf.ts";
import { formatDate } from "@/lib/time/format.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildStarTemplate, buildUser, consentInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let otherOrg: Awaited<ReturnType<typeof buildOrganisation>>;
let template: Awaited<ReturnType<typeof buildStarTemplate>>;
let chair: SessionUser;
let teamMember: SessionUser;
let psychologist: SessionUser;
let nurse: SessionUser;
let schoolWorker: SessionUser;
let stranger: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });

// What the family must never find on its printed plan.
const STAR_TEXT = "Ritar gärna men har svårt att koncentrera sig";
const STAR_WORRY = "Professionellas oro för sömnen";
const FAMILY_WISHES = "Intern anteckning: pappan vill inte att skolan vet";
const FAMILY_AGREEMENT = "Mamma valde Åsa efter långa funderingar";
const GUARDIAN_EMAIL = "maija.rautio@example.fi";

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  otherOrg = await buildOrganisation(fresh.db);
  template = await buildStarTemplate(fresh.db);
  // The chair works in English; the point is that the family's language decides, not the worker's.
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Liisa Lähinen", locale: "en" }));
  teamMember = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], name: "Tiina Tiimiläinen" }));
  psychologist = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Åsa Öberg" }));
  nurse = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], name: "Pekka Päivärinta" }));
  schoolWorker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: otherOrg.unit.id, name: "Kalle Koulukuraattori" }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
});
afterAll(() => fresh?.close());

function action(setting: "HOME" | "EVERYDAY_ENVIRONMENT" | "ELSEWHERE", overrides: Record<string, unknown>) {
  return { actionId: randomUUID(), setting, description: "", who: "", dueDate: "", place: "", ...overrides };
}

/** A Swedish-speaking family's plan as the form sends it (the actions deliberately out of setting order). */
function swedishPlan(collaborationId: string, version: number, overrides: Record<string, unknown> = {}) {
  return {
    collaborationId,
    version,
    thingsNeedingChange: "Kvällarna drar ut på tiden och morgnarna är bråkiga.\nÄldsta barnet sover för lite.",
    actions: [
      action("ELSEWHERE", { description: "Föräldragrupp på familjerådgivningen", who: "Pappa", place: "Familjerådgivningen, Kuopio" }),
      action("HOME", { description: "Samma läggdags varje kväll", who: "Föräldrarna" }),
      action("EVERYDAY_ENVIRONMENT", { description: "Vilostund före lunch i daghemmet", who: "Läraren i småbarnspedagogik", dueDate: "2030-03-31" }),
      action("HOME", { description: "Skärmfri sista timme före sömnen", who: "Hela familjen", dueDate: "2030-01-15" }),
    ],
    followUpWorkerToFamily: "Åsa ringer mamma varannan tisdag.",
    followUpFamilyToWorker: "Familjen ringer eller skickar sms vardagar kl. 8–16.",
    // A Helsinki wall-clock time in winter, with a single-digit hour: shown "5.3.2030 … 9.05".
    nextContactAt: "2030-03-05T09:05",
    ...overrides,
  };
}

/**
 * A Swedish-speaking family whose joint meeting reviewed the star and recorded a concern zone, and
 * whose published plan names Åsa Öberg and Pekka Päivärinta as the responsible pair.
 */
async function publishedSwedishFamily() {
  const f = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id }, [
    { firstName: "Maija", lastName: "Rautio", email: GUARDIAN_EMAIL },
    { firstName: "Jari", lastName: "Rautio" },
  ]);
  await fresh.db.family.update({ where: { id: f.familyId }, data: { language: "sv" } });
  await fresh.db.collaboration.update({ where: { id: f.id }, data: { concernZone: "GREAT", familyWishes: FAMILY_WISHES } });
  await fresh.db.collaborationMember.create({ data: { collaborationId: f.id, userId: teamMember.id, role: "INVITED" } });
  const meeting = await buildMeeting(fresh.db, f.id, chair);
  const blank = { strengthsChild: "", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "", worriesProfessionals: "", rating: "" };
  const star = await runSecureAction(saveStarReviewAction, as(chair), {
    meetingId: meeting.id,
    templateId: template.id,
    entries: [{ ...blank, areaKey: "child_strengths", strengthsChild: STAR_TEXT, worriesProfessionals: STAR_WORRY, rating: "2" }],
  });
  if (!star.ok) throw new Error(`fixture: ${JSON.stringify(star)}`);
  const named = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [psychologist.id, nurse.id], namedByFamily: true, familyAgreement: FAMILY_AGREEMENT });
  if (!named.ok) throw new Error(`fixture: ${JSON.stringify(named)}`);
  const published = await runSecureAction(publishPlanAction, as(chair), { ...swedishPlan(f.id, 0), meetingId: meeting.id });
  if (!published.ok) throw new Error(`fixture: ${JSON.stringify(published)}`);
  const version = await fresh.db.jointPlanVersion.findFirstOrThrow({ where: { plan: { collaborationId: f.id } }, orderBy: { versionNumber: "desc" } });
  return { ...f, meeting, publishedAt: version.publishedAt, planVersion: published.data.version };
}

/** Every text of the document, in reading order. */
function allText(doc: PlanPrintDocument): string {
  const blocks = doc.sections.flatMap((s) => [
    s.heading,
    ...s.blocks.flatMap((b) => (b.kind === "list" ? b.items.flatMap((i) => [i.text, ...i.details]) : [b.text])),
  ]);
  return [doc.title, doc.versionLine, doc.intro, ...blocks, doc.footer].join("\n");
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  const { info } = await pdf.getMetadata();
  // Wrapped lines become spaces, so phrases can be looked for whole.
  return { text: text.replace(/\s+/g, " "), pages: totalPages, info: info as Record<string, unknown> };
}

/** What must not be on the family's paper: the star, the concern zone, internal notes, others' details. */
function expectNothingUnagreed(text: string) {
  for (const forbidden of [
    STAR_TEXT,
    STAR_WORRY,
    "Barnets styrkor",
    "Lapsen vahvuudet",
    "Stor oro",
    "Suuri huoli",
    "Great concern",
    FAMILY_WISHES,
    FAMILY_AGREEMENT,
    GUARDIAN_EMAIL,
    "Rautio",
    "Liisa Lähinen",
    "Tiina Tiimiläinen",
    teamMember.email,
    chair.email,
  ]) {
    expect(text).not.toContain(forbidden);
  }
}

describe("the printed plan", () => {
  it("is in the family's language (Swedish here, whatever the worker's own language) and plain language, grouped as the family agreed", async () => {
    const f = await publishedSwedishFamily();
    const loaded = await loadPlanPrintDocument(fresh.db, chair, f.id);
    expect(loaded).toMatchObject({ familyLanguage: "sv", versionNumber: 1, latestVersionNumber: 1 });
    const doc = loaded!.document;
    const date = formatDate(f.publishedAt);

    expect(doc).toMatchObject({ lang: "sv", title: "Gemensam plan", versionLine: `Planen är gjord ${date}. Version 1.`, footer: `Gemensam plan, version 1, ${date}`, fileName: "gemensam-plan-v1.pdf" });
    expect(doc.intro).toMatch(/^Den här planen har gjorts tillsammans med er\./);
    expect(doc.pageLabel(2, 3)).toBe("Sida 2/3");
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ["responsible", "Era kontaktpersoner (ansvariga arbetstagare)"],
      ["nextContact", "Nästa kontakt"],
      ["things", "Vad i vardagen behöver förändras"],
      ["actions", "Vad vi gör för att det ska bli bättre"],
      ["followUp", "Hur vi håller kontakt"],
    ]);
    const [responsible, nextContact, things, actions, followUp] = doc.sections;

    // The family-chosen pair, in the order named, with their work contact.
    expect(responsible!.blocks).toEqual([
      { kind: "paragraph", text: "Kontaktpersonerna håller kontakt med er och följer tillsammans med er hur planen går." },
      {
        kind: "list",
        items: [
          { text: "Åsa Öberg", details: [`varhaiskasvatuksen opettaja, ${org.unit.name}`, `E-post: ${psychologist.email}`] },
          { text: "Pekka Päivärinta", details: ["varhaiskasvatuksen opettaja", `E-post: ${nurse.email}`] },
        ],
      },
    ]);
    // Helsinki time, d.M.yyyy and H.mm in every language.
    expect(nextContact!.blocks).toEqual([{ kind: "paragraph", text: "5.3.2030 kl. 9.05" }]);
    expect(things!.blocks).toEqual([
      { kind: "paragraph", text: "Kvällarna drar ut på tiden och morgnarna är bråkiga." },
      { kind: "paragraph", text: "Äldsta barnet sover för lite." },
    ]);
    // a) at home, b) in the child's everyday environment, c) elsewhere — where? With who and by when.
    expect(actions!.blocks).toEqual([
      { kind: "subheading", text: "Hemma" },
      {
        kind: "list",
        items: [
          { text: "Samma läggdags varje kväll", details: ["Vem: Föräldrarna"] },
          { text: "Skärmfri sista timme före sömnen", details: ["Vem: Hela familjen", "Senast: 15.1.2030"] },
        ],
      },
      { kind: "subheading", text: "I barnets vardag: i småbarnspedagogiken eller skolan" },
      { kind: "list", items: [{ text: "Vilostund före lunch i daghemmet", details: ["Vem: Läraren i småbarnspedagogik", "Senast: 31.3.2030"] }] },
      { kind: "subheading", text: "På annat håll" },
      { kind: "list", items: [{ text: "Föräldragrupp på familjerådgivningen", details: ["Var: Familjerådgivningen, Kuopio", "Vem: Pappa"] }] },
    ]);
    expect(followUp!.blocks).toEqual([
      { kind: "subheading", text: "Så här kontaktar arbetstagaren er" },
      { kind: "paragraph", text: "Åsa ringer mamma varannan tisdag." },
      { kind: "subheading", text: "Så här kan ni kontakta arbetstagaren" },
      { kind: "paragraph", text: "Familjen ringer eller skickar sms vardagar kl. 8–16." },
    ]);
    expectNothingUnagreed(allText(doc));
  });

  it("is the same plan in Finnish and English for families with those languages", async () => {
    const f = await publishedSwedishFamily();
    const view = (await getPlanForViewer(fresh.db, chair, f.id))!;
    const contacts = contactsFromSnapshot(view.plan);
    const fi = buildPlanPrintDocument(view, contacts, "fi");
    expect(fi.title).toBe("Yhteinen suunnitelma");
    expect(fi.fileName).toBe("yhteinen-suunnitelma-v1.pdf");
    expect(fi.sections.map((s) => s.heading)).toEqual(["Yhteyshenkilönne (vastuutyöntekijät)", "Seuraava yhteydenotto", "Mihin arjessa tarvitaan muutosta", "Mitä teemme, jotta asiat muuttuvat", "Miten pidämme yhteyttä"]);
    expect(allText(fi)).toContain("5.3.2030 klo 9.05");
    expect(allText(fi)).toContain("Sähköposti: " + psychologist.email);
    expect(allText(fi)).toContain("Mihin mennessä: 31.3.2030");
    const en = buildPlanPrintDocument(view, contacts.slice(0, 1), "en");
    expect(en.sections[0]!.heading).toBe("Your contact person (responsible worker)");
    expect(allText(en)).toContain("5.3.2030 at 9.05");
    expect(allText(en)).toContain("Where: Familjerådgivningen, Kuopio");
  });

  it("keeps the responsible workers' contact as agreed: a later change of e-mail does not change the printed version", async () => {
    const f = await publishedSwedishFamily();
    await fresh.db.user.update({ where: { id: psychologist.id }, data: { email: `changed-${randomUUID().slice(0, 8)}@test.example` } });
    try {
      const doc = (await loadPlanPrintDocument(fresh.db, chair, f.id))!.document;
      expect(allText(doc)).toContain(`E-post: ${psychologist.email}`);
    } finally {
      await fresh.db.user.update({ where: { id: psychologist.id }, data: { email: psychologist.email } });
    }
  });

  it("prints an earlier version on request, telling which version is the latest", async () => {
    const f = await publishedSwedishFamily();
    await runSecureAction(savePlanDraftAction, as(chair), swedishPlan(f.id, f.planVersion, { thingsNeedingChange: "Morgnarna går bra nu." }));
    const second = await runSecureAction(publishPlanAction, as(chair), swedishPlan(f.id, f.planVersion + 1, { thingsNeedingChange: "Morgnarna går bra nu." }));
    expect(second).toMatchObject({ ok: true, data: { versionNumber: 2 } });
    const latest = await loadPlanPrintDocument(fresh.db, chair, f.id);
    expect(latest).toMatchObject({ versionNumber: 2, latestVersionNumber: 2, document: { fileName: "gemensam-plan-v2.pdf" } });
    expect(allText(latest!.document)).toContain("Morgnarna går bra nu.");
    const first = await loadPlanPrintDocument(fresh.db, chair, f.id, parsePlanVersionParam("1"));
    expect(first).toMatchObject({ versionNumber: 1, latestVersionNumber: 2 });
    expect(allText(first!.document)).toContain("Kvällarna drar ut på tiden");
    await expect(loadPlanPrintDocument(fresh.db, chair, f.id, 3)).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const bad of ["0", "-1", "1.5", "x", "99999999"]) expect(() => parsePlanVersionParam(bad)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(parsePlanVersionParam(undefined)).toBeUndefined();
    expect(parsePlanVersionParam(null)).toBeUndefined();
  });

  it("is nothing (not an error) before a plan is published, and nothing is logged as read", async () => {
    const f = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id });
    expect(await loadPlanPrintDocument(fresh.db, chair, f.id)).toBeNull();
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id } })).toBe(0);
  });
});

describe("the PDF", () => {
  it("carries the same texts as real text (ä, ö, å included), on A4, with the title and language set", async () => {
    const f = await publishedSwedishFamily();
    const doc = (await loadPlanPrintDocument(fresh.db, chair, f.id))!.document;
    const bytes = await renderPlanPdf(doc);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { text, info, pages } = await pdfText(bytes);
    for (const expected of [
      "Gemensam plan",
      `Planen är gjord ${formatDate(f.publishedAt)}. Version 1.`,
      "Era kontaktpersoner (ansvariga arbetstagare)",
      "Åsa Öberg",
      "Pekka Päivärinta",
      `E-post: ${psychologist.email}`,
      "Nästa kontakt",
      "5.3.2030 kl. 9.05",
      "Vad i vardagen behöver förändras",
      "Kvällarna drar ut på tiden och morgnarna är bråkiga.",
      "Hemma",
      "Samma läggdags varje kväll",
      "I barnets vardag: i småbarnspedagogiken eller skolan",
      "Vilostund före lunch i daghemmet",
      "Senast: 31.3.2030",
      "På annat håll",
      "Var: Familjerådgivningen, Kuopio",
      "Så här kan ni kontakta arbetstagaren",
      "• Åsa Öberg",
      `Sida 1/${pages}`,
      `Sida ${pages}/${pages}`,
    ]) {
      expect(text).toContain(expected);
    }
    // Grouped by setting: home before the child's everyday environment before elsewhere.
    expect(text.indexOf("Samma läggdags")).toBeLessThan(text.indexOf("Vilostund"));
    expect(text.indexOf("Vilostund")).toBeLessThan(text.indexOf("Föräldragrupp"));
    expectNothingUnagreed(text);
    expect(info).toMatchObject({ Title: "Gemensam plan", Language: "sv" });
  });
});

describe("who may print it", () => {
  it("logs each print of a participant as one use (ACCESS) event", async () => {
    const f = await publishedSwedishFamily();
    for (const user of [chair, psychologist, teamMember]) {
      await loadPlanPrintDocument(fresh.db, user, f.id);
      const events = await fresh.db.auditEvent.findMany({ where: { collaborationId: f.id, actorId: user.id, action: { startsWith: "plan." } } });
      expect(events.filter((e) => e.action === "plan.read")).toEqual([expect.objectContaining({ kind: "ACCESS", objectType: "JointPlanVersion", familyId: f.familyId })]);
    }
  });

  it("is disclosed to a party every guardian's consent names, with exactly one DISCLOSURE event", async () => {
    const f = await publishedSwedishFamily();
    for (const g of f.guardians) {
      const r = await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, g.id, { mayShareInformation: true, recipientUserIds: [schoolWorker.id] }));
      if (!r.ok) throw new Error(JSON.stringify(r));
    }
    const loaded = await loadPlanPrintDocument(fresh.db, schoolWorker, f.id);
    expect(loaded?.document.title).toBe("Gemensam plan");
    const events = await fresh.db.auditEvent.findMany({ where: { collaborationId: f.id, actorId: schoolWorker.id } });
    expect(events).toEqual([expect.objectContaining({ kind: "DISCLOSURE", action: "plan.disclose", recipient: schoolWorker.id, familyId: f.familyId })]);
    expect(JSON.stringify(events[0]!.details)).not.toContain("Kvällarna");
  });

  it("does not exist for a stranger, nor for a malformed id, and nothing is logged", async () => {
    const f = await publishedSwedishFamily();
    await expect(loadPlanPrintDocument(fresh.db, stranger, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadPlanPrintDocument(fresh.db, schoolWorker, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadPlanPrintDocument(fresh.db, chair, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadPlanPrintDocument(fresh.db, chair, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, actorId: { in: [stranger.id, schoolWorker.id] } } })).toBe(0);
  });
});
