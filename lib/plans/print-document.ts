// The joint plan as it is printed for the family (seed 001: "Lähityöntekijä kirjaa ja tulostaa
// yhteisen suunnitelman asiakkaalle"): one language-neutral document model, in the FAMILY's language
// and plain language, that both the print view (HTML) and the PDF render. It carries only what the
// family agreed to in the published version — the plan's fields, its actions and the family-chosen
// responsible workers' work contact — never the star review, the concern zone, internal notes, audit
// data, who published it, or anyone else's contact details.
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { AppLocale } from "../i18n/config.ts";
import { MESSAGES } from "../i18n/messages/index.ts";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { PlanActionSetting } from "../db/generated/enums.ts";
import { notFound } from "../errors/app-error.ts";
import { formatCalendarDate, formatDate, formatTime } from "../time/format.ts";
import { getPlanForViewer, type PublishedPlanView } from "./get-plan-for-viewer.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";

/** A responsible worker as the family reaches them: their work contact, as agreed in the plan. */
export interface ResponsibleContact {
  name: string;
  title: string;
  unit: string | null;
  email: string;
}

export interface PrintListItem {
  /** The item's main line (an action, a worker's name). */
  text: string;
  /** Further lines under it ("Kuka: …", "Sähköposti: …"). */
  details: string[];
}

export type PrintBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "list"; items: PrintListItem[] };

export interface PrintSection {
  /** Stable, language-independent id (for HTML ids and tests). */
  id: "responsible" | "nextContact" | "things" | "actions" | "followUp";
  heading: string;
  blocks: PrintBlock[];
}

export interface PlanPrintDocument {
  lang: AppLocale;
  title: string;
  intro: string;
  /** "Suunnitelma on tehty 1.3.2026. Versio 2." */
  versionLine: string;
  sections: PrintSection[];
  /** The running footer of a printed page (without the page number). */
  footer: string;
  /** "Sivu 1/3", in the document's language. */
  pageLabel: (page: number, pages: number) => string;
  /** A download name with no family data in it, e.g. "yhteinen-suunnitelma-v2.pdf". */
  fileName: string;
  versionNumber: number;
}

const SETTINGS: { setting: PlanActionSetting; key: "settingHome" | "settingEveryday" | "settingElsewhere" }[] = [
  { setting: "HOME", key: "settingHome" },
  { setting: "EVERYDAY_ENVIRONMENT", key: "settingEveryday" },
  { setting: "ELSEWHERE", key: "settingElsewhere" },
];

/** Free text as the family wrote it with the workers: one paragraph per non-empty line. */
function paragraphs(text: string): PrintBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: "paragraph", text: line }));
}

/** The responsible workers' contact as it was when the family agreed to the plan (the snapshot). */
export function contactsFromSnapshot(plan: PlanSnapshot): ResponsibleContact[] {
  return [...plan.responsibleWorkers].sort((a, b) => a.slot - b.slot).map((w) => ({ name: w.name, title: w.title, unit: w.unit, email: w.email }));
}

/**
 * Builds the printed plan in `locale` (the family's language). Pure: no request, no database; dates
 * in Helsinki time with the product's Finnish formats (d.M.yyyy, H.mm) in every language.
 */
export function buildPlanPrintDocument(view: PublishedPlanView, contacts: ResponsibleContact[], locale: AppLocale): PlanPrintDocument {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "planPrint" });
  const plan = view.plan;
  const sections: PrintSection[] = [];

  if (contacts.length > 0) {
    sections.push({
      id: "responsible",
      heading: t("responsibleHeading", { count: contacts.length }),
      blocks: [
        { kind: "paragraph", text: t("responsibleHelp", { count: contacts.length }) },
        {
          kind: "list",
          items: contacts.map((c) => ({
            text: c.name,
            details: [[c.title, c.unit].filter((s): s is string => !!s && s.trim().length > 0).join(", "), t("email", { email: c.email })].filter((s) => s.length > 0),
          })),
        },
      ],
    });
  }

  if (plan.nextContactAt) {
    const at = new Date(plan.nextContactAt);
    if (!Number.isNaN(at.getTime())) {
      sections.push({ id: "nextContact", heading: t("nextContactHeading"), blocks: [{ kind: "paragraph", text: t("nextContactValue", { date: formatDate(at), time: formatTime(at) }) }] });
    }
  }

  const things = paragraphs(plan.thingsNeedingChange);
  if (things.length > 0) sections.push({ id: "things", heading: t("thingsHeading"), blocks: things });

  const actionBlocks: PrintBlock[] = [];
  for (const { setting, key } of SETTINGS) {
    const actions = plan.actions.filter((a) => a.setting === setting && a.description.trim().length > 0);
    if (actions.length === 0) continue;
    actionBlocks.push({ kind: "subheading", text: t(key) });
    actionBlocks.push({
      kind: "list",
      items: actions.map((a) => ({
        text: a.description.trim(),
        details: [
          a.place?.trim() ? t("actionPlace", { place: a.place.trim() }) : null,
          a.who.trim() ? t("actionWho", { who: a.who.trim() }) : null,
          a.dueDate ? t("actionDue", { date: formatCalendarDate(new Date(`${a.dueDate}T00:00:00Z`)) }) : null,
        ].filter((s): s is string => s !== null),
      })),
    });
  }
  if (actionBlocks.length > 0) sections.push({ id: "actions", heading: t("actionsHeading"), blocks: actionBlocks });

  const toFamily = paragraphs(plan.followUpWorkerToFamily);
  const toWorker = paragraphs(plan.followUpFamilyToWorker);
  if (toFamily.length > 0 || toWorker.length > 0) {
    sections.push({
      id: "followUp",
      heading: t("followUpHeading"),
      blocks: [
        ...(toFamily.length > 0 ? [{ kind: "subheading", text: t("followUpWorkerToFamily") } as const, ...toFamily] : []),
        ...(toWorker.length > 0 ? [{ kind: "subheading", text: t("followUpFamilyToWorker") } as const, ...toWorker] : []),
      ],
    });
  }

  const date = formatDate(view.publishedAt);
  return {
    lang: locale,
    title: t("documentTitle"),
    intro: t("documentIntro"),
    versionLine: t("versionLine", { date, version: view.versionNumber }),
    sections,
    footer: t("footer", { date, version: view.versionNumber }),
    pageLabel: (page, pages) => t("pageOf", { page, pages }),
    fileName: t("fileName", { version: view.versionNumber }),
    versionNumber: view.versionNumber,
  };
}

export interface LoadedPlanPrint {
  document: PlanPrintDocument;
  familyLanguage: AppLocale;
  versionNumber: number;
  latestVersionNumber: number;
}

/**
 * The printed plan for a reader of the plan, in the family's language. Access and the use/disclosure
 * log are getPlanForViewer's (NOT_FOUND for anyone else; exactly one audit event per call). Null when
 * nothing has been published yet.
 */
export async function loadPlanPrintDocument(db: Db, user: SessionUser, collaborationId: string, versionNumber?: number): Promise<LoadedPlanPrint | null> {
  if (!z.uuid().safeParse(collaborationId).success) throw notFound();
  const view = await getPlanForViewer(db, user, collaborationId, { versionNumber });
  if (!view) return null;
  return {
    document: buildPlanPrintDocument(view, contactsFromSnapshot(view.plan), view.familyLanguage),
    familyLanguage: view.familyLanguage,
    versionNumber: view.versionNumber,
    latestVersionNumber: view.latestVersionNumber,
  };
}

const versionParam = z.coerce.number().int().min(1).max(1_000_000);

/**
 * The optional `?version=N` of the print view and the PDF: undefined for the latest version; a
 * malformed value is NOT_FOUND, the same as a version that does not exist.
 */
export function parsePlanVersionParam(raw: string | string[] | null | undefined): number | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  const parsed = versionParam.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
