import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConcernForm } from "@/components/collaborations/concern-form.tsx";
import { db } from "@/lib/db/client.ts";
import { FlowSteps } from "@/components/collaborations/flow-steps.tsx";
import { flowStepOf } from "@/lib/collaborations/flow-step-of.ts";
import { loadCollaboration } from "../load.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concern"))("title") };
}

export default async function ConcernPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { collaboration: c } = await loadCollaboration(id);
  const t = await getTranslations("concern");
  return (
    <>
      <p>
        <Link href={`/families/${c.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <FlowSteps step={await flowStepOf(db, c)} />
      <p className="lead">{t("intro")}</p>
      <ConcernForm
        defaults={{
          collaborationId: c.id,
          entryRoute: c.entryRoute,
          lapsetPuheeksiHeld: c.lapsetPuheeksiHeld,
          strengthsHome: c.strengthsHome ?? "",
          vulnerabilitiesHome: c.vulnerabilitiesHome ?? "",
          strengthsEcecSchool: c.strengthsEcecSchool ?? "",
          vulnerabilitiesEcecSchool: c.vulnerabilitiesEcecSchool ?? "",
          strengthsFreeTime: c.strengthsFreeTime ?? "",
          vulnerabilitiesFreeTime: c.vulnerabilitiesFreeTime ?? "",
          concernZone: c.concernZone ?? "",
          situationMapping: c.situationMapping ?? "",
          familyWishes: c.familyWishes ?? "",
          meetingTopics: c.meetingTopics ?? "",
          needIdentifiedTogether: c.needIdentifiedTogether,
        }}
      />
    </>
  );
}
