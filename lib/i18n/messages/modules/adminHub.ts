// Messages of the admin's front page (Ylläpito): one card per section, in fi/sv/en; wired into
// fi.ts, sv.ts and en.ts under "adminHub".
import type { LocaleModule } from "./widen.ts";

const fi = {
  organisation: "Kunnat ja alueet",
  organisationHint: "Hyvinvointialueen kunnat kielineen ja niiden alueet.",
  units: "Yksiköt ja tilat",
  unitsHint: "Palveluyksiköt toimialoittain ja tapaamistilat kapasiteetteineen.",
  teams: "Perhekeskustiimit",
  teamsHint: "Alueiden perhekeskustiimit ja niiden jäsenet osaamisineen.",
  users: "Käyttäjät",
  usersHint: "Käyttäjien lisääminen, roolit, käytöstä poistaminen ja tuonti CSV-tiedostosta.",
  security: "Tietoturva",
  securityHint: "Kaksivaiheinen tunnistautuminen rooleittain.",
  reassign: "Uutta vastuuhenkilöä odottavat",
  reassignHint: "Käytöstä poistettujen käyttäjien vastuutyöt ja puheenjohtajuudet.",
  outboxHint: "Palvelun lähettämät sähköpostit.",
  starHint: "Hyvinvoinnin tähden versiot.",
};

export const adminHubMessages: LocaleModule<typeof fi> = {
  fi,
  sv: {
    organisation: "Kommuner och områden",
    organisationHint: "Välfärdsområdets kommuner med språk och deras områden.",
    units: "Enheter och lokaler",
    unitsHint: "Serviceenheter per sektor och mötesrum med kapacitet.",
    teams: "Familjecenterteam",
    teamsHint: "Områdenas familjecenterteam och deras medlemmar med sakkunskap.",
    users: "Användare",
    usersHint: "Lägga till användare, roller, inaktivering och import från en CSV-fil.",
    security: "Informationssäkerhet",
    securityHint: "Tvåstegsverifiering per roll.",
    reassign: "Väntar på ny ansvarsperson",
    reassignHint: "Ansvarsuppdrag och ordförandeskap för inaktiverade användare.",
    outboxHint: "E-post som tjänsten skickar.",
    starHint: "Versioner av välbefinnandestjärnan.",
  },
  en: {
    organisation: "Municipalities and areas",
    organisationHint: "The county's municipalities with their language, and their areas.",
    units: "Units and rooms",
    unitsHint: "Service units by sector, and meeting rooms with their capacity.",
    teams: "Family-centre teams",
    teamsHint: "Each area's family-centre team and its members with their expertise.",
    users: "Users",
    usersHint: "Adding users, roles, deactivation and import from a CSV file.",
    security: "Security",
    securityHint: "Two-factor authentication by role.",
    reassign: "Waiting for a new responsible person",
    reassignHint: "Responsibilities and chairs of deactivated users.",
    outboxHint: "E-mail sent by the service.",
    starHint: "Versions of the wellbeing star.",
  },
};
