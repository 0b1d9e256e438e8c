// Demo data for a Pohjois-Savo-like wellbeing services county: plain data, no database access.
// Everything here is deterministic (no Math.random, no "now"), so seeding twice gives the same rows.
// People, families and phone numbers are invented; no personal identity codes anywhere.
import { TZDate } from "@date-fns/tz";
import type {
  AdoptionStage,
  ClosureReason,
  ConcernZone,
  EntryRoute,
  Expertise,
  Locale,
  MeetingKind,
  Role,
  ServiceSector,
} from "../../lib/db/generated/enums.ts";

export const DEMO_PASSWORD = "Yhteinen-aika-2026";

const TIME_ZONE = "Europe/Helsinki";

/** A wall-clock time in Helsinki as an ISO instant (month is 1-based; day may overflow). */
export function helsinki(year: number, month: number, day: number, hour = 9, minute = 0): string {
  return new Date(+new TZDate(year, month - 1, day, hour, minute, TIME_ZONE)).toISOString();
}

/** When the organisation rows "were created" (the counties started on 1.1.2023). */
export const ORGANISATION_CREATED_AT = helsinki(2023, 1, 2, 9, 0);

// ───────────── Organisation ─────────────

export const DEMO_COUNTY = { name: "Pohjois-Savon hyvinvointialue" } as const;

export interface DemoRoom {
  name: string;
  capacity: number;
  accessible?: boolean;
}
export interface DemoUnit {
  name: string;
  sector: ServiceSector;
  rooms?: DemoRoom[];
}
export interface DemoArea {
  name: string;
  units: DemoUnit[];
}
export interface DemoStageChange {
  stage: AdoptionStage;
  /** YYYY-MM-DD */
  effectiveDate: string;
  note: string | null;
}
export interface DemoMunicipality {
  name: string;
  nameSv: string | null;
  /** E-mail domain of the municipality's staff in the demo. */
  domain: string;
  adoptionStage: AdoptionStage;
  /** Oldest first; the last row's stage equals adoptionStage. */
  stageHistory: DemoStageChange[];
  areas: DemoArea[];
}

export const GUIDANCE_UNIT = { area: "Kuopio keskusta", name: "Lapsiperheiden ohjaus- ja neuvontapalvelu" } as const;

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    name: "Kuopio",
    nameSv: null,
    domain: "kuopio.example",
    adoptionStage: "ROOTED",
    stageHistory: [
      { stage: "PILOTING", effectiveDate: "2024-08-01", note: "Yhteisen ajan kokeilu alkoi keskustan perhekeskuksessa." },
      { stage: "ROOTED", effectiveDate: "2025-09-01", note: "Malli on osa perustyötä molemmilla alueilla." },
    ],
    areas: [
      {
        name: "Kuopio keskusta",
        units: [
          { name: "Päiväkoti Kastanja", sector: "ECEC" },
          { name: "Päiväkoti Tähtitarha", sector: "ECEC" },
          { name: "Hiltulanlahden koulu", sector: "SCHOOL", rooms: [{ name: "Neuvotteluhuone Kide", capacity: 8 }] },
          { name: "Minna Canthin koulu", sector: "SCHOOL" },
          { name: "Kuopion keskustan neuvola", sector: "MATERNITY_CLINIC" },
          {
            name: "Kuopion keskustan perhekeskus",
            sector: "FAMILY_SERVICES",
            rooms: [
              { name: "Neuvotteluhuone Kaste", capacity: 12 },
              { name: "Neuvotteluhuone Usva", capacity: 6 },
            ],
          },
          { name: GUIDANCE_UNIT.name, sector: "GUIDANCE_SERVICE" },
        ],
      },
      {
        name: "Kuopio Pohjoinen",
        units: [
          { name: "Päiväkoti Puijonsarvi", sector: "ECEC" },
          { name: "Puijonlaakson koulu", sector: "SCHOOL", rooms: [{ name: "Neuvotteluhuone Kuura", capacity: 8 }] },
          { name: "Puijonlaakson neuvola", sector: "MATERNITY_CLINIC" },
          {
            name: "Puijonlaakson perhekeskus",
            sector: "FAMILY_SERVICES",
            rooms: [
              { name: "Neuvotteluhuone Lumme", capacity: 10 },
              { name: "Neuvotteluhuone Tuuli", capacity: 6 },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Siilinjärvi",
    nameSv: null,
    domain: "siilinjarvi.example",
    adoptionStage: "ROOTED",
    stageHistory: [
      { stage: "PILOTING", effectiveDate: "2024-01-15", note: "LAPE-hankkeen pilottikunta." },
      { stage: "ROOTED", effectiveDate: "2025-06-01", note: "Yhteinen aika vakiintunut osaksi perhekeskuksen työtä." },
    ],
    areas: [
      {
        name: "Siilinjärvi",
        units: [
          { name: "Päiväkoti Satakieli", sector: "ECEC" },
          { name: "Päiväkoti Sinisiipi", sector: "ECEC" },
          { name: "Kasurilan koulu", sector: "SCHOOL", rooms: [{ name: "Neuvotteluhuone Kaisla", capacity: 8 }] },
          { name: "Siilinjärven neuvola", sector: "MATERNITY_CLINIC" },
          {
            name: "Siilinjärven perhekeskus",
            sector: "FAMILY_SERVICES",
            rooms: [
              { name: "Neuvotteluhuone Sointu", capacity: 10 },
              { name: "Neuvotteluhuone Kajo", capacity: 6 },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Varkaus",
    nameSv: null,
    domain: "varkaus.example",
    adoptionStage: "PLANNING",
    stageHistory: [
      { stage: "GOAL_NOT_STARTED", effectiveDate: "2025-02-01", note: null },
      { stage: "PLANNING", effectiveDate: "2026-04-15", note: "Kokeilun suunnittelu aloitettu perhekeskuksen kanssa." },
    ],
    areas: [
      {
        name: "Varkaus",
        units: [
          { name: "Päiväkoti Taikametsä", sector: "ECEC" },
          { name: "Päivärinteen koulu", sector: "SCHOOL" },
          { name: "Varkauden neuvola", sector: "MATERNITY_CLINIC" },
          { name: "Varkauden perhekeskus", sector: "FAMILY_SERVICES", rooms: [{ name: "Neuvotteluhuone Virta", capacity: 8 }] },
        ],
      },
    ],
  },
  {
    name: "Iisalmi",
    nameSv: "Idensalmi",
    domain: "iisalmi.example",
    adoptionStage: "PILOTING",
    stageHistory: [
      { stage: "PLANNING", effectiveDate: "2025-05-01", note: null },
      { stage: "PILOTING", effectiveDate: "2026-03-01", note: "Kokeilu käynnissä varhaiskasvatuksessa ja perusopetuksessa." },
    ],
    areas: [
      {
        name: "Iisalmi",
        units: [
          { name: "Päiväkoti Pikkukettu", sector: "ECEC" },
          {
            name: "Kangaslammin koulu",
            sector: "SCHOOL",
            rooms: [{ name: "Neuvotteluhuone Kaarna", capacity: 6, accessible: false }],
          },
          { name: "Iisalmen neuvola", sector: "MATERNITY_CLINIC" },
          {
            name: "Iisalmen perhekeskus",
            sector: "FAMILY_SERVICES",
            rooms: [
              { name: "Neuvotteluhuone Porovesi", capacity: 10 },
              { name: "Neuvotteluhuone Haapa", capacity: 6 },
            ],
          },
        ],
      },
    ],
  },
  {
    name: "Suonenjoki",
    nameSv: null,
    domain: "suonenjoki.example",
    adoptionStage: "GOAL_NOT_STARTED",
    stageHistory: [{ stage: "GOAL_NOT_STARTED", effectiveDate: "2025-10-01", note: "Käyttöönotto kirjattu tavoitteeksi." }],
    areas: [
      {
        name: "Suonenjoki",
        units: [
          { name: "Päiväkoti Mansikka", sector: "ECEC" },
          { name: "Kirkonsalmen koulu", sector: "SCHOOL" },
          { name: "Suonenjoen neuvola", sector: "MATERNITY_CLINIC" },
          { name: "Suonenjoen perhekeskus", sector: "FAMILY_SERVICES", rooms: [{ name: "Neuvotteluhuone Iisvesi", capacity: 8 }] },
        ],
      },
    ],
  },
  {
    name: "Leppävirta",
    nameSv: null,
    domain: "leppavirta.example",
    adoptionStage: "NOT_PLANNED",
    stageHistory: [
      { stage: "NO_ANSWER", effectiveDate: "2024-06-01", note: null },
      { stage: "NOT_PLANNED", effectiveDate: "2025-10-01", note: "Mallista ei ole vielä keskusteltu." },
    ],
    areas: [
      {
        name: "Leppävirta",
        units: [
          { name: "Päiväkoti Vekara", sector: "ECEC" },
          { name: "Kirkonkylän koulu", sector: "SCHOOL" },
          { name: "Leppävirran neuvola", sector: "MATERNITY_CLINIC" },
          { name: "Leppävirran perhekeskus", sector: "FAMILY_SERVICES", rooms: [{ name: "Neuvotteluhuone Unnukka", capacity: 8 }] },
        ],
      },
    ],
  },
  {
    name: "Lapinlahti",
    nameSv: null,
    domain: "lapinlahti.example",
    adoptionStage: "NO_ANSWER",
    stageHistory: [{ stage: "NO_ANSWER", effectiveDate: "2025-10-01", note: "Kyselyyn ei vastattu." }],
    areas: [
      {
        name: "Lapinlahti",
        units: [
          { name: "Päiväkoti Vekkuli", sector: "ECEC" },
          { name: "Alapitkän koulu", sector: "SCHOOL" },
          { name: "Lapinlahden neuvola", sector: "MATERNITY_CLINIC" },
          { name: "Lapinlahden perhekeskus", sector: "FAMILY_SERVICES", rooms: [{ name: "Neuvotteluhuone Onkivesi", capacity: 6 }] },
        ],
      },
    ],
  },
  {
    name: "Tuusniemi",
    nameSv: null,
    domain: "tuusniemi.example",
    adoptionStage: "NOT_NECESSARY",
    stageHistory: [
      {
        stage: "NOT_NECESSARY",
        effectiveDate: "2025-10-01",
        note: "Kunnan oma monialainen yhteistyöryhmä katsotaan toistaiseksi riittäväksi.",
      },
    ],
    areas: [
      {
        name: "Tuusniemi",
        units: [
          { name: "Päiväkoti Tenavatupa", sector: "ECEC" },
          { name: "Tuusniemen koulu", sector: "SCHOOL" },
          { name: "Tuusniemen neuvola", sector: "MATERNITY_CLINIC" },
          { name: "Tuusniemen perhekeskus", sector: "FAMILY_SERVICES", rooms: [{ name: "Neuvotteluhuone Juojärvi", capacity: 6 }] },
        ],
      },
    ],
  },
];

// ───────────── People ─────────────

export interface DemoUnitRef {
  area: string;
  unit: string;
}
export interface DemoUser {
  email: string;
  name: string;
  title: string;
  roles: Role[];
  locale: Locale;
  unit: DemoUnitRef | null;
  /** Coordinator scope: the whole county, or one municipality (by name). */
  scope: { county: true } | { municipality: string } | null;
}
export interface DemoTeam {
  name: string;
  area: string;
  members: { email: string; expertise: Expertise }[];
}

/** firstname.lastname@domain, with ä/ö/å written as a/o/a. */
export function emailFor(name: string, domain: string): string {
  const local = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, ".");
  return `${local}@${domain}`;
}

const KEY_USERS: DemoUser[] = [
  {
    email: "leena.laakso@siilinjarvi.example",
    name: "Leena Laakso",
    title: "varhaiskasvatuksen opettaja",
    roles: ["FRONTLINE_WORKER"],
    locale: "fi",
    unit: { area: "Siilinjärvi", unit: "Päiväkoti Satakieli" },
    scope: null,
  },
  {
    email: "mikko.makela@kuopio.example",
    name: "Mikko Mäkelä",
    title: "terveydenhoitaja",
    roles: ["FRONTLINE_WORKER"],
    locale: "fi",
    unit: { area: "Kuopio keskusta", unit: "Hiltulanlahden koulu" },
    scope: null,
  },
  {
    email: "olli.ohjaus@pohjoissavo.example",
    name: "Olli Ohjaus",
    title: "sosiaaliohjaaja",
    roles: ["GUIDANCE_WORKER"],
    locale: "fi",
    unit: { area: GUIDANCE_UNIT.area, unit: GUIDANCE_UNIT.name },
    scope: null,
  },
  {
    email: "kaisa.koordinaattori@pohjoissavo.example",
    name: "Kaisa Koordinaattori",
    title: "perhekeskuskoordinaattori",
    roles: ["COORDINATOR"],
    locale: "fi",
    unit: null,
    scope: { county: true },
  },
  {
    email: "kalle.kuntakoordinaattori@siilinjarvi.example",
    name: "Kalle Kuntakoordinaattori",
    title: "perhekeskuskoordinaattori",
    roles: ["COORDINATOR"],
    locale: "fi",
    unit: { area: "Siilinjärvi", unit: "Siilinjärven perhekeskus" },
    scope: { municipality: "Siilinjärvi" },
  },
  {
    email: "paula.paakayttaja@pohjoissavo.example",
    name: "Paula Pääkäyttäjä",
    title: "järjestelmän pääkäyttäjä",
    roles: ["ADMIN"],
    locale: "fi",
    unit: null,
    scope: null,
  },
];

/** More frontline workers: they own the historic collaborations (the demo log-ins keep short lists). */
const FRONTLINE_SPEC: { area: string; domain: string; people: [name: string, title: string, unit: string][] }[] = [
  {
    area: "Kuopio keskusta",
    domain: "kuopio.example",
    people: [
      ["Heli Hämäläinen", "terveydenhoitaja", "Kuopion keskustan neuvola"],
      ["Tiina Turunen", "varhaiskasvatuksen opettaja", "Päiväkoti Kastanja"],
      ["Olavi Lehtonen", "luokanopettaja", "Minna Canthin koulu"],
    ],
  },
  {
    area: "Kuopio Pohjoinen",
    domain: "kuopio.example",
    people: [
      ["Jari Korhonen", "luokanopettaja", "Puijonlaakson koulu"],
      ["Minna Karjalainen", "terveydenhoitaja", "Puijonlaakson neuvola"],
      ["Riikka Partanen", "varhaiskasvatuksen opettaja", "Päiväkoti Puijonsarvi"],
    ],
  },
  {
    area: "Siilinjärvi",
    domain: "siilinjarvi.example",
    people: [
      ["Pekka Miettinen", "erityisopettaja", "Kasurilan koulu"],
      ["Sari Räsänen", "terveydenhoitaja", "Siilinjärven neuvola"],
      ["Eveliina Nykänen", "varhaiskasvatuksen opettaja", "Päiväkoti Sinisiipi"],
    ],
  },
  {
    area: "Iisalmi",
    domain: "iisalmi.example",
    people: [
      ["Marjo Hyvärinen", "varhaiskasvatuksen opettaja", "Päiväkoti Pikkukettu"],
      ["Timo Hyvönen", "luokanopettaja", "Kangaslammin koulu"],
      ["Kaija Rytkönen", "terveydenhoitaja", "Iisalmen neuvola"],
    ],
  },
  { area: "Varkaus", domain: "varkaus.example", people: [["Anneli Vartiainen", "varhaiskasvatuksen opettaja", "Päiväkoti Taikametsä"]] },
  { area: "Suonenjoki", domain: "suonenjoki.example", people: [["Ritva Hiltunen", "terveydenhoitaja", "Suonenjoen neuvola"]] },
  { area: "Leppävirta", domain: "leppavirta.example", people: [["Jukka Venäläinen", "luokanopettaja", "Kirkonkylän koulu"]] },
  { area: "Lapinlahti", domain: "lapinlahti.example", people: [["Tanja Mönkkönen", "varhaiskasvatuksen opettaja", "Päiväkoti Vekkuli"]] },
  { area: "Tuusniemi", domain: "tuusniemi.example", people: [["Mikael Pursiainen", "luokanopettaja", "Tuusniemen koulu"]] },
];

const OTHER_GUIDANCE_WORKERS: [name: string, title: string][] = [["Tuula Heikkinen", "sosiaaliohjaaja"]];

type TeamMemberSpec = [name: string, title: string, expertise: Expertise, unit: string, locale?: Locale];

/** The named family-centre team of every area (perhekeskustiimi), 5–8 outreach professionals each. */
const TEAM_SPEC: { name: string; area: string; domain: string; members: TeamMemberSpec[] }[] = [
  {
    name: "Kuopion keskustan perhekeskustiimi",
    area: "Kuopio keskusta",
    domain: "kuopio.example",
    members: [
      ["Anna Lindqvist", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Kuopion keskustan perhekeskus", "sv"],
      ["Elina Heiskanen", "psykologi", "PSYCHOLOGIST", "Kuopion keskustan perhekeskus"],
      ["Marko Rissanen", "perhetyöntekijä", "FAMILY_WORKER", "Kuopion keskustan perhekeskus"],
      ["Johanna Kettunen", "puheterapeutti", "SPEECH_THERAPIST", "Kuopion keskustan perhekeskus"],
      ["Katja Pitkänen", "koulukuraattori", "SCHOOL_SOCIAL_WORKER", "Hiltulanlahden koulu"],
      ["Satu Tikkanen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Kuopion keskustan neuvola"],
      ["Ville Jääskeläinen", "perheneuvoja", "FAMILY_COUNSELLOR", "Kuopion keskustan perhekeskus"],
    ],
  },
  {
    name: "Pohjoisen Kuopion perhekeskustiimi",
    area: "Kuopio Pohjoinen",
    domain: "kuopio.example",
    members: [
      ["Hanna Ruotsalainen", "psykologi", "PSYCHOLOGIST", "Puijonlaakson perhekeskus"],
      ["Jussi Huttunen", "perhetyöntekijä", "FAMILY_WORKER", "Puijonlaakson perhekeskus"],
      ["Laura Nousiainen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Puijonlaakson perhekeskus"],
      ["Mervi Kokkonen", "puheterapeutti", "SPEECH_THERAPIST", "Puijonlaakson perhekeskus"],
      ["Anu Tuovinen", "koulupsykologi", "SCHOOL_PSYCHOLOGIST", "Puijonlaakson koulu"],
      ["Päivi Laitinen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Puijonlaakson neuvola"],
    ],
  },
  {
    name: "Siilinjärven perhekeskustiimi",
    area: "Siilinjärvi",
    domain: "siilinjarvi.example",
    members: [
      ["Sanna Savolainen", "psykologi", "PSYCHOLOGIST", "Siilinjärven perhekeskus"],
      ["Kirsi Väisänen", "perhetyöntekijä", "FAMILY_WORKER", "Siilinjärven perhekeskus"],
      ["Antti Hirvonen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Siilinjärven perhekeskus"],
      ["Noora Leskinen", "puheterapeutti", "SPEECH_THERAPIST", "Siilinjärven perhekeskus"],
      ["Tuomas Ryynänen", "koulukuraattori", "SCHOOL_SOCIAL_WORKER", "Kasurilan koulu"],
      ["Outi Pesonen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Siilinjärven neuvola"],
      ["Ida Holmström", "varhaiskasvatuksen erityisopettaja", "ECEC_SPECIAL_TEACHER", "Päiväkoti Satakieli", "sv"],
      ["Jaakko Kiiskinen", "sosiaalityöntekijä", "SOCIAL_WORKER", "Siilinjärven perhekeskus"],
    ],
  },
  {
    name: "Varkauden perhekeskustiimi",
    area: "Varkaus",
    domain: "varkaus.example",
    members: [
      ["Mika Tolvanen", "psykologi", "PSYCHOLOGIST", "Varkauden perhekeskus"],
      ["Eija Pakarinen", "perhetyöntekijä", "FAMILY_WORKER", "Varkauden perhekeskus"],
      ["Raija Markkanen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Varkauden perhekeskus"],
      ["Henna Lappalainen", "puheterapeutti", "SPEECH_THERAPIST", "Varkauden perhekeskus"],
      ["Jenni Kinnunen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Varkauden neuvola"],
    ],
  },
  {
    name: "Iisalmen perhekeskustiimi",
    area: "Iisalmi",
    domain: "iisalmi.example",
    members: [
      ["Teemu Kauppinen", "psykologi", "PSYCHOLOGIST", "Iisalmen perhekeskus"],
      ["Milla Rönkkö", "perhetyöntekijä", "FAMILY_WORKER", "Iisalmen perhekeskus"],
      ["Susanna Räty", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Iisalmen perhekeskus"],
      ["Daniel Moore", "puheterapeutti", "SPEECH_THERAPIST", "Iisalmen perhekeskus", "en"],
      ["Katariina Huotari", "koulukuraattori", "SCHOOL_SOCIAL_WORKER", "Kangaslammin koulu"],
      ["Tarja Eskelinen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Iisalmen neuvola"],
    ],
  },
  {
    name: "Suonenjoen perhekeskustiimi",
    area: "Suonenjoki",
    domain: "suonenjoki.example",
    members: [
      ["Jaana Könönen", "psykologi", "PSYCHOLOGIST", "Suonenjoen perhekeskus"],
      ["Heikki Pirinen", "perhetyöntekijä", "FAMILY_WORKER", "Suonenjoen perhekeskus"],
      ["Sirpa Puustinen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Suonenjoen perhekeskus"],
      ["Maarit Kosunen", "koulukuraattori", "SCHOOL_SOCIAL_WORKER", "Kirkonsalmen koulu"],
      ["Leila Happonen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Suonenjoen neuvola"],
    ],
  },
  {
    name: "Leppävirran perhekeskustiimi",
    area: "Leppävirta",
    domain: "leppavirta.example",
    members: [
      ["Reetta Kolehmainen", "psykologi", "PSYCHOLOGIST", "Leppävirran perhekeskus"],
      ["Petri Kuronen", "perhetyöntekijä", "FAMILY_WORKER", "Leppävirran perhekeskus"],
      ["Anne Väänänen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Leppävirran perhekeskus"],
      ["Tiina Mustonen", "puheterapeutti", "SPEECH_THERAPIST", "Leppävirran perhekeskus"],
      ["Kari Hakkarainen", "sosiaalityöntekijä", "SOCIAL_WORKER", "Leppävirran perhekeskus"],
    ],
  },
  {
    name: "Lapinlahden perhekeskustiimi",
    area: "Lapinlahti",
    domain: "lapinlahti.example",
    members: [
      ["Minna Airaksinen", "psykologi", "PSYCHOLOGIST", "Lapinlahden perhekeskus"],
      ["Jouni Kärkkäinen", "perhetyöntekijä", "FAMILY_WORKER", "Lapinlahden perhekeskus"],
      ["Sari Ikonen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Lapinlahden perhekeskus"],
      ["Pirjo Juutinen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Lapinlahden neuvola"],
      ["Lotta Koistinen", "toimintaterapeutti", "OCCUPATIONAL_THERAPIST", "Lapinlahden perhekeskus"],
    ],
  },
  {
    name: "Tuusniemen perhekeskustiimi",
    area: "Tuusniemi",
    domain: "tuusniemi.example",
    members: [
      ["Helena Rautiainen", "psykologi", "PSYCHOLOGIST", "Tuusniemen perhekeskus"],
      ["Janne Karhunen", "perhetyöntekijä", "FAMILY_WORKER", "Tuusniemen perhekeskus"],
      ["Merja Tiihonen", "sosiaaliohjaaja", "SOCIAL_COUNSELLOR", "Tuusniemen perhekeskus"],
      ["Aila Hartikainen", "terveydenhoitaja", "PUBLIC_HEALTH_NURSE", "Tuusniemen neuvola"],
      ["Vesa Juntunen", "koulukuraattori", "SCHOOL_SOCIAL_WORKER", "Tuusniemen koulu"],
      ["Eveliina Kainulainen", "fysioterapeutti", "PHYSIOTHERAPIST", "Tuusniemen perhekeskus"],
    ],
  },
];

/** Frontline workers of each area (by e-mail), demo log-ins excluded: the historic collaborations' owners. */
export const HISTORIC_OWNERS: Record<string, string[]> = Object.fromEntries(
  FRONTLINE_SPEC.map((s) => [s.area, s.people.map(([name]) => emailFor(name, s.domain))]),
);

export const DEMO_USERS: DemoUser[] = [
  ...KEY_USERS,
  ...OTHER_GUIDANCE_WORKERS.map(([name, title]): DemoUser => ({
    email: emailFor(name, "pohjoissavo.example"),
    name,
    title,
    roles: ["GUIDANCE_WORKER"],
    locale: "fi",
    unit: { area: GUIDANCE_UNIT.area, unit: GUIDANCE_UNIT.name },
    scope: null,
  })),
  ...FRONTLINE_SPEC.flatMap((s) =>
    s.people.map(([name, title, unit]): DemoUser => ({
      email: emailFor(name, s.domain),
      name,
      title,
      roles: ["FRONTLINE_WORKER"],
      locale: "fi",
      unit: { area: s.area, unit },
      scope: null,
    })),
  ),
  ...TEAM_SPEC.flatMap((t) =>
    t.members.map(([name, title, , unit, locale]): DemoUser => ({
      email: emailFor(name, t.domain),
      name,
      title,
      roles: ["TEAM_MEMBER"],
      locale: locale ?? "fi",
      unit: { area: t.area, unit },
      scope: null,
    })),
  ),
];

export const DEMO_TEAMS: DemoTeam[] = TEAM_SPEC.map((t) => ({
  name: t.name,
  area: t.area,
  members: t.members.map(([name, , expertise]) => ({ email: emailFor(name, t.domain), expertise })),
}));

const LOGIN_DESCRIPTIONS: [email: string, description: string][] = [
  ["leena.laakso@siilinjarvi.example", "Frontline worker (ECEC teacher, Siilinjärvi)"],
  ["mikko.makela@kuopio.example", "Frontline worker (school nurse, Kuopio)"],
  ["sanna.savolainen@siilinjarvi.example", "Family-centre team member (psychologist, Siilinjärvi)"],
  ["anna.lindqvist@kuopio.example", "Family-centre team member (social counsellor, Swedish-speaking, Kuopio)"],
  ["olli.ohjaus@pohjoissavo.example", "Guidance service worker (Kuopio: contact requests from Kuopio families)"],
  ["kaisa.koordinaattori@pohjoissavo.example", "Coordinator (whole county)"],
  ["kalle.kuntakoordinaattori@siilinjarvi.example", "Coordinator (Siilinjärvi only)"],
  ["paula.paakayttaja@pohjoissavo.example", "Admin (wellbeing services county)"],
];

export const DEMO_LOGINS: { email: string; roles: string[]; description: string }[] = LOGIN_DESCRIPTIONS.map(
  ([email, description]) => {
    const user = DEMO_USERS.find((u) => u.email === email);
    if (!user) throw new Error(`Demo log-in ${email} is missing from DEMO_USERS`);
    return { email, roles: [...user.roles], description };
  },
);

/** Who records the demo's stage changes and publishes the star template. */
export const COORDINATOR_EMAIL = "kaisa.koordinaattori@pohjoissavo.example";
export const ADMIN_EMAIL = "paula.paakayttaja@pohjoissavo.example";

// ───────────── Hyvinvoinnin tähti (THL työpaperi 26/2017, as in seed 001) ─────────────

export interface DemoStarArea {
  key: string;
  parentKey: string | null;
  sortOrder: number;
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

export const STAR_TEMPLATE = {
  version: 1,
  status: "PUBLISHED" as const,
  source: "THL työpaperi 26/2017 (Pohjois-Savo LAPE)",
  createdAt: helsinki(2025, 12, 1, 9, 0),
  publishedAt: helsinki(2025, 12, 1, 9, 30),
};

/** Three sides with their sub-areas (parentKey), then the child's own experience in the middle. */
export const STAR_AREAS: DemoStarArea[] = [
  {
    key: "child_health",
    parentKey: null,
    sortOrder: 1,
    labelFi: "Lapsen terveys, kasvu ja kehitys",
    labelSv: "Barnets hälsa, uppväxt och utveckling",
    labelEn: "Child's health, growth and development",
  },
  {
    key: "child_strengths",
    parentKey: "child_health",
    sortOrder: 2,
    labelFi: "Lapsen vahvuudet",
    labelSv: "Barnets styrkor",
    labelEn: "Child's strengths",
  },
  {
    key: "child_functioning",
    parentKey: "child_health",
    sortOrder: 3,
    labelFi: "Lapsen toimintakyky",
    labelSv: "Barnets funktionsförmåga",
    labelEn: "Child's functional ability",
  },
  {
    key: "child_everyday_environments",
    parentKey: "child_health",
    sortOrder: 4,
    labelFi: "Lapsen omat arjen ympäristöt",
    labelSv: "Barnets egna vardagsmiljöer",
    labelEn: "Child's own everyday environments",
  },
  {
    key: "parenting",
    parentKey: null,
    sortOrder: 5,
    labelFi: "Vanhempana toimiminen ja suhde lapseen",
    labelSv: "Föräldraskapet och relationen till barnet",
    labelEn: "Parenting and the relationship with the child",
  },
  {
    key: "parenting_strengths",
    parentKey: "parenting",
    sortOrder: 6,
    labelFi: "Vanhemmuuden vahvuudet",
    labelSv: "Föräldraskapets styrkor",
    labelEn: "Strengths of parenthood",
  },
  {
    key: "parent_functioning",
    parentKey: "parenting",
    sortOrder: 7,
    labelFi: "Vanhemman toimintakyky",
    labelSv: "Förälderns funktionsförmåga",
    labelEn: "Parent's functional ability",
  },
  {
    key: "parent_understanding_child",
    parentKey: "parenting",
    sortOrder: 8,
    labelFi: "Vanhemman kyky ymmärtää lasta",
    labelSv: "Förälderns förmåga att förstå barnet",
    labelEn: "Parent's ability to understand the child",
  },
  {
    key: "parent_everyday_environments",
    parentKey: "parenting",
    sortOrder: 9,
    labelFi: "Vanhemman omat arjen ympäristöt",
    labelSv: "Förälderns egna vardagsmiljöer",
    labelEn: "Parent's own everyday environments",
  },
  {
    key: "social_wellbeing",
    parentKey: null,
    sortOrder: 10,
    labelFi: "Sosiaalinen hyvinvointi: perhe ja ympäristötekijät",
    labelSv: "Socialt välbefinnande: familjen och omgivningsfaktorer",
    labelEn: "Social wellbeing: the family and environmental factors",
  },
  {
    key: "family_circumstances_networks",
    parentKey: "social_wellbeing",
    sortOrder: 11,
    labelFi: "Perheen olosuhteet ja verkostot",
    labelSv: "Familjens förhållanden och nätverk",
    labelEn: "Family's circumstances and networks",
  },
  {
    key: "family_history",
    parentKey: "social_wellbeing",
    sortOrder: 12,
    labelFi: "Perheen historia",
    labelSv: "Familjens historia",
    labelEn: "Family's history",
  },
  {
    key: "services",
    parentKey: "social_wellbeing",
    sortOrder: 13,
    labelFi: "Palvelut",
    labelSv: "Tjänster",
    labelEn: "Services",
  },
  {
    key: "child_experience_relationships_safety",
    parentKey: null,
    sortOrder: 14,
    labelFi: "Lapsen kokemus ihmissuhteista ja turvallisuudesta",
    labelSv: "Barnets upplevelse av relationer och trygghet",
    labelEn: "Child's experience of relationships and safety",
  },
  {
    key: "child_experience_self_perception",
    parentKey: null,
    sortOrder: 15,
    labelFi: "Lapsen käsitys itsestään",
    labelSv: "Barnets uppfattning om sig själv",
    labelEn: "Child's perception of themselves",
  },
  {
    key: "child_experience_everyday_life",
    parentKey: null,
    sortOrder: 16,
    labelFi: "Lapsen kokemus perheestä, päiväkodista, koulusta, vapaa-ajasta, ystävistä",
    labelSv: "Barnets upplevelse av familjen, daghemmet, skolan, fritiden och vännerna",
    labelEn: "Child's experience of family, day care, school, free time and friends",
  },
];

// ───────────── Demo families (current work of the frontline log-ins) ─────────────

export interface DemoFamily {
  /** Stable key for the ids. */
  key: string;
  ownerEmail: string;
  municipality: string;
  area: string;
  language: Locale;
  guardians: { firstName: string; lastName: string; phone: string | null; language: Locale }[];
  children: { firstName: string; birthYear: number }[];
  collaboration: {
    entryRoute: EntryRoute;
    concernZone: ConcernZone;
    lapsetPuheeksiHeld: boolean;
    strengthsHome: string | null;
    vulnerabilitiesHome: string | null;
    strengthsEcecSchool: string | null;
    vulnerabilitiesEcecSchool: string | null;
    strengthsFreeTime: string | null;
    vulnerabilitiesFreeTime: string | null;
    situationMapping: string | null;
    familyWishes: string;
    meetingTopics: string | null;
    needIdentifiedTogether: boolean;
    concernRaisedAt: string;
  };
}

export const DEMO_FAMILIES: DemoFamily[] = [
  {
    key: "leena-1",
    ownerEmail: "leena.laakso@siilinjarvi.example",
    municipality: "Siilinjärvi",
    area: "Siilinjärvi",
    language: "fi",
    guardians: [
      { firstName: "Maija", lastName: "Nieminen", phone: "040 555 0101", language: "fi" },
      { firstName: "Tommi", lastName: "Nieminen", phone: null, language: "fi" },
    ],
    children: [
      { firstName: "Eetu", birthYear: 2020 },
      { firstName: "Aino", birthYear: 2022 },
    ],
    collaboration: {
      entryRoute: "NETWORK_WORKER",
      concernZone: "GREY",
      lapsetPuheeksiHeld: true,
      strengthsHome: "Lämpimät välit vanhempiin, isovanhemmat lähellä ja tukena.",
      vulnerabilitiesHome: "Illat venyvät ja Eetu nukkuu levottomasti; vanhemmat ovat väsyneitä.",
      strengthsEcecSchool: "Eetu leikkii mielellään pienessä ryhmässä ja on kiinnostunut rakentelusta.",
      vulnerabilitiesEcecSchool: "Siirtymätilanteissa suuttumista ja lyömistä.",
      strengthsFreeTime: "Ulkoilu ja pyöräily isän kanssa.",
      vulnerabilitiesFreeTime: null,
      situationMapping:
        "Kartoitimme tilannetta yhdessä vanhempien kanssa hakutilanteessa ja erillisessä keskustelussa. Vanhemmat kokevat, että kotona ja päiväkodissa toimitaan eri tavoin, kun Eetu suuttuu.",
      familyWishes:
        "Toivomme apua Eetun iltojen rauhoittamiseen ja unirytmiin. Haluamme, että päiväkodissa ja kotona toimitaan samalla tavalla, kun Eetu suuttuu.",
      meetingTopics: "Eetun tunteiden säätely, uni ja arjen rytmi.",
      needIdentifiedTogether: true,
      concernRaisedAt: helsinki(2026, 11, 16, 15, 30),
    },
  },
  {
    key: "leena-2",
    ownerEmail: "leena.laakso@siilinjarvi.example",
    municipality: "Siilinjärvi",
    area: "Siilinjärvi",
    language: "fi",
    guardians: [{ firstName: "Jenni", lastName: "Kemppainen", phone: "044 555 0102", language: "fi" }],
    children: [{ firstName: "Onni", birthYear: 2021 }],
    collaboration: {
      entryRoute: "NETWORK_WORKER",
      concernZone: "SMALL",
      lapsetPuheeksiHeld: false,
      strengthsHome: null,
      vulnerabilitiesHome: null,
      strengthsEcecSchool: null,
      vulnerabilitiesEcecSchool: null,
      strengthsFreeTime: null,
      vulnerabilitiesFreeTime: null,
      situationMapping: "Äiti otti puheeksi Onnin puheen kehityksen vanhempainvarttikeskustelussa.",
      familyWishes:
        "Onnin puheen kehitys mietityttää. Toivon, että puheterapeutti voisi arvioida, tarvitaanko tukea, ja että saisin vinkkejä kotiin.",
      meetingTopics: "Puheen kehitys ja kotona tehtävät harjoitukset.",
      needIdentifiedTogether: true,
      concernRaisedAt: helsinki(2026, 11, 18, 16, 0),
    },
  },
  {
    key: "mikko-1",
    ownerEmail: "mikko.makela@kuopio.example",
    municipality: "Kuopio",
    area: "Kuopio keskusta",
    language: "fi",
    guardians: [{ firstName: "Petri", lastName: "Mononen", phone: "050 555 0103", language: "fi" }],
    children: [
      { firstName: "Veeti", birthYear: 2013 },
      { firstName: "Emma", birthYear: 2016 },
    ],
    collaboration: {
      entryRoute: "NETWORK_WORKER",
      concernZone: "GREY",
      lapsetPuheeksiHeld: true,
      strengthsHome: "Isä on sitoutunut ja huolehtii lasten arjesta yksin; sisarukset tulevat hyvin toimeen.",
      vulnerabilitiesHome: "Iltarutiinit puuttuvat ja ruutuaika venyy myöhään.",
      strengthsEcecSchool: "Veeti on taitava matematiikassa ja hänellä on hyvä kaveri luokalla.",
      vulnerabilitiesEcecSchool: "Paljon poissaoloja ja väsymystä aamuisin.",
      strengthsFreeTime: "Jalkapalloharrastus, valmentaja tärkeä aikuinen.",
      vulnerabilitiesFreeTime: "Harrastus on jäänyt syksyllä väliin.",
      situationMapping: "Terveystarkastuksessa Veeti kertoi väsymyksestä. Kartoitimme tilanteen isän kanssa puhelimessa ja tapaamisessa.",
      familyWishes:
        "Veeti on ollut paljon poissa koulusta ja väsynyt. Toivomme yhteistä keskustelua koulun kanssa siitä, miten koulunkäyntiä voisi tukea, ja apua perheen iltarutiineihin.",
      meetingTopics: "Koulunkäynnin tukeminen, uni ja iltarutiinit.",
      needIdentifiedTogether: true,
      concernRaisedAt: helsinki(2026, 11, 12, 10, 15),
    },
  },
];

// ───────────── Historic joint meetings (monthly counts for coordinators) ─────────────

/** Small deterministic PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    if ((r -= w) < 0) return item;
  }
  return items[items.length - 1]![0];
}

export interface HistoricCollaboration {
  key: string;
  municipality: string;
  area: string;
  ownerEmail: string;
  familyLanguage: Locale;
  entryRoute: EntryRoute;
  concernZone: ConcernZone;
  status: "PLAN_ACTIVE" | "CLOSED";
  concernRaisedAt: string;
  closedAt: string | null;
  closureReason: ClosureReason | null;
  /** The latest change: closure, or the end of the last meeting. */
  updatedAt: string;
}
export interface HistoricMeeting {
  key: string;
  collaborationKey: string;
  municipality: string;
  area: string;
  organizerEmail: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  createdAt: string;
}

/** Per area: joint meetings, follow-ups among them, first month (1-based). 150 meetings in all. */
const HISTORIC_PLAN: { municipality: string; area: string; joint: number; followUps: number; fromMonth: number }[] = [
  { municipality: "Kuopio", area: "Kuopio keskusta", joint: 34, followUps: 6, fromMonth: 1 },
  { municipality: "Kuopio", area: "Kuopio Pohjoinen", joint: 26, followUps: 4, fromMonth: 1 },
  { municipality: "Siilinjärvi", area: "Siilinjärvi", joint: 43, followUps: 7, fromMonth: 1 },
  { municipality: "Iisalmi", area: "Iisalmi", joint: 26, followUps: 4, fromMonth: 3 },
];

const MEETING_MINUTES = 90;
/** Nothing after this: the demo's "today" is late November 2026. */
const LAST_DAY = { month: 11, day: 20 };
const DAY_MS = 86_400_000;

function helsinkiParts(iso: string) {
  const t = new TZDate(new Date(iso).getTime(), TIME_ZONE);
  return { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate(), hour: t.getHours(), minute: t.getMinutes(), weekday: t.getDay() };
}

/** Spreads `count` meetings over months fromMonth..11 by weight (jittered), largest remainder first. */
function allocateMonths(rand: () => number, count: number, fromMonth: number, weight: (m: number) => number): number[] {
  const months = Array.from({ length: 12 - fromMonth }, (_, i) => fromMonth + i);
  const weights = months.map((m) => weight(m) * (0.75 + 0.5 * rand()));
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / total) * count);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = count - counts.reduce((s, c) => s + c, 0);
  for (let k = 0; k < missing; k++) counts[byRemainder[k]![1]]!++;
  return months.flatMap((m, i) => Array.from({ length: counts[i]! }, () => m));
}

function buildHistory(): { collaborations: HistoricCollaboration[]; meetings: HistoricMeeting[] } {
  const rand = mulberry32(20261122);
  const collaborations: HistoricCollaboration[] = [];
  const meetings: HistoricMeeting[] = [];
  // Fewer meetings in the summer holidays, slowly more as the model spreads.
  const monthWeight = (m: number) => (m === 7 ? 0.25 : m === 6 ? 0.7 : 1 + 0.06 * m);
  const slots = [
    [8, 0],
    [8, 30],
    [9, 0],
    [10, 0],
    [12, 0],
    [12, 30],
    [13, 0],
    [14, 0],
    [14, 30],
  ] as const;
  let n = 0;
  for (const plan of HISTORIC_PLAN) {
    const owners = HISTORIC_OWNERS[plan.area];
    if (!owners?.length) throw new Error(`No frontline owners for ${plan.area}`);
    const monthsOfMeetings = allocateMonths(rand, plan.joint, plan.fromMonth, monthWeight);
    const joints: HistoricMeeting[] = [];
    for (const month of monthsOfMeetings) {
      const lastDay = month === LAST_DAY.month ? LAST_DAY.day : new Date(Date.UTC(2026, month, 0)).getUTCDate();
      let day = 1 + Math.floor(rand() * lastDay);
      // Working days only: move a weekend to the next Monday (or back into the month).
      const weekday = new Date(Date.UTC(2026, month - 1, day)).getUTCDay();
      if (weekday === 6) day += day + 2 <= lastDay ? 2 : -1;
      else if (weekday === 0) day += day + 1 <= lastDay ? 1 : -2;
      const [hour, minute] = slots[Math.floor(rand() * slots.length)]!;
      const startsAt = helsinki(2026, month, day, hour, minute);
      n++;
      const key = `historic-${String(n).padStart(3, "0")}`;
      const leadDays = 7 + Math.floor(rand() * 21);
      const concernRaisedAt = new Date(new Date(startsAt).getTime() - leadDays * DAY_MS).toISOString();
      const meeting: HistoricMeeting = {
        key: `${key}-joint`,
        collaborationKey: key,
        municipality: plan.municipality,
        area: plan.area,
        organizerEmail: owners[Math.floor(rand() * owners.length)]!,
        kind: "JOINT",
        startsAt,
        endsAt: new Date(new Date(startsAt).getTime() + MEETING_MINUTES * 60_000).toISOString(),
        // Convened a couple of days after the concern was raised.
        createdAt: new Date(new Date(concernRaisedAt).getTime() + 2 * DAY_MS).toISOString(),
      };
      joints.push(meeting);
      collaborations.push({
        key,
        municipality: plan.municipality,
        area: plan.area,
        ownerEmail: meeting.organizerEmail,
        familyLanguage: pickWeighted(rand, [["fi", 94], ["sv", 3], ["en", 3]] as const),
        entryRoute: pickWeighted(rand, [["NETWORK_WORKER", 85], ["PHONE", 10], ["ELECTRONIC_CONTACT", 5]] as const),
        concernZone: pickWeighted(rand, [["NONE", 5], ["SMALL", 35], ["GREY", 50], ["GREAT", 10]] as const),
        status: "PLAN_ACTIVE",
        concernRaisedAt,
        closedAt: null,
        closureReason: null,
        updatedAt: meeting.endsAt,
      });
    }
    // Follow-up meetings: six weeks after a joint meeting, in the same collaboration.
    const limit = helsinki(2026, LAST_DAY.month, LAST_DAY.day, 17, 0);
    const eligible = joints.filter((j) => {
      const p = helsinkiParts(j.startsAt);
      return helsinki(p.year, p.month, p.day + 42, p.hour, p.minute) < limit;
    });
    for (let i = 0; i < plan.followUps; i++) {
      const [joint] = eligible.splice(Math.floor(rand() * eligible.length), 1);
      if (!joint) throw new Error(`Not enough joint meetings for follow-ups in ${plan.area}`);
      const p = helsinkiParts(joint.startsAt);
      const startsAt = helsinki(p.year, p.month, p.day + 42, p.hour, p.minute);
      const endsAt = new Date(new Date(startsAt).getTime() + MEETING_MINUTES * 60_000).toISOString();
      meetings.push({
        key: `${joint.collaborationKey}-follow-up`,
        collaborationKey: joint.collaborationKey,
        municipality: plan.municipality,
        area: plan.area,
        organizerEmail: joint.organizerEmail,
        kind: "FOLLOW_UP",
        startsAt,
        endsAt,
        // Agreed at the end of the joint meeting.
        createdAt: joint.endsAt,
      });
      const collab = collaborations.find((c) => c.key === joint.collaborationKey)!;
      collab.updatedAt = endsAt;
    }
    meetings.push(...joints);
  }
  // Most collaborations whose last meeting is two months past have closed.
  const closeBefore = new Date(helsinki(2026, LAST_DAY.month, LAST_DAY.day, 16, 0)).getTime();
  for (const c of collaborations) {
    const closedAt = new Date(new Date(c.updatedAt).getTime() + 56 * DAY_MS);
    const roll = rand();
    if (closedAt.getTime() < closeBefore && roll < 0.85) {
      c.status = "CLOSED";
      c.closedAt = closedAt.toISOString();
      c.closureReason = pickWeighted(rand, [["GOALS_REACHED", 70], ["OTHER_SERVICES", 20], ["MOVED_AWAY", 5], ["FAMILY_WITHDREW", 5]] as const);
      c.updatedAt = c.closedAt;
    }
  }
  meetings.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.key.localeCompare(b.key)));
  return { collaborations, meetings };
}

const HISTORY = buildHistory();
export const HISTORIC_COLLABORATIONS: readonly HistoricCollaboration[] = HISTORY.collaborations;
export const HISTORIC_MEETINGS: readonly HistoricMeeting[] = HISTORY.meetings;
