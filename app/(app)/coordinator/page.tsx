import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { hasRole } from "@/lib/auth/session-user.ts";
import { coordinatorMunicipalities } from "@/lib/reports/coordinator-scope.ts";
import { monthlyMeetingCounts } from "@/lib/reports/monthly-counts.ts";
import { helsinkiStartOfDay, inHelsinki, formatDate } from "@/lib/time/format.ts";
import { CountTable } from "@/components/reports/count-table.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coordinator"))("title") };
}

export default async function CoordinatorPage() {
  const user = await requireUser();
  if (!hasRole(user, "COORDINATOR")) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const municipalities = await coordinatorMunicipalities(db, user);
  const now = new Date();
  const year = inHelsinki(now).getFullYear();
  const from = helsinkiStartOfDay(year, 1, 1);
  const counts = await monthlyMeetingCounts(db, { municipalityIds: municipalities.map((m) => m.id), from, to: now });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const months = Array.from({ length: inHelsinki(now).getMonth() + 1 }, (_, i) => ({
    key: `${year}-${String(i + 1).padStart(2, "0")}`,
    label: monthFormat.format(new Date(Date.UTC(year, i, 15))),
  }));
  const rowsFor = (kind: "JOINT" | "FOLLOW_UP") =>
    municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      counts: new Map(counts.filter((c) => c.municipalityId === m.id && c.kind === kind).map((c) => [c.month, c.count])),
    }));
  return (
    <>
      <h1>{t("coordinator.title")}</h1>
      <p className="lead">{t("coordinator.intro")}</p>
      <p>{t("coordinator.period", { from: formatDate(from), to: formatDate(now) })}</p>
      <CountTable caption={t("coordinator.jointMeetings")} months={months} rows={rowsFor("JOINT")} />
      <CountTable caption={t("coordinator.followUps")} months={months} rows={rowsFor("FOLLOW_UP")} />
      <p>{t("coordinator.suppressedNote")}</p>
      <h2>{t("coordinator.adoptionTitle")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("coordinator.municipality")}</th>
            <th scope="col">{t("coordinator.stage")}</th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>{t(`adoptionStage.${m.adoptionStage}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
