import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { convenePageData } from "@/lib/meetings/convene-page-data.ts";
import { ConveneForm } from "@/components/meetings/convene-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("convene"))("title") };
}

/** Convening: the joint meeting (the owner), or with ?kind=followUp a follow-up meeting (also the responsible worker). */
export default async function ConvenePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string }> }) {
  const { id } = await params;
  const kind = (await searchParams).kind === "followUp" ? "FOLLOW_UP" : "JOINT";
  const user = await requireUser();
  const data = await convenePageData(db, user, id, kind).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const t = await getTranslations();
  const team = data.teams[0];
  return (
    <>
      <p>
        {kind === "FOLLOW_UP" ? <Link href={`/follow-up/${id}`}>{t("followUp.back")}</Link> : <Link href={`/families/${id}`}>{t("convene.back")}</Link>}
      </p>
      <h1>{kind === "FOLLOW_UP" ? t("followUp.arrangeMeeting") : t("convene.title")}</h1>
      <p className="lead">{kind === "FOLLOW_UP" ? t("followUp.meetingsIntro") : t("convene.intro")}</p>
      {!team ? (
        <p className="info">{t("convene.noTeam")}</p>
      ) : (
        <ConveneForm
          collaborationId={id}
          teamName={team.name}
          members={team.members.map((m) => ({ id: m.id, expertise: m.expertise, name: m.user.name, title: m.user.title }))}
          covered={data.covered}
          rooms={data.rooms.map((r) => ({ id: r.id, label: `${r.name}, ${r.unit.name} (${r.capacity})` }))}
          familyAttendees={Math.max(1, data.guardianCount)}
          kind={kind}
          doneHref={kind === "FOLLOW_UP" ? `/follow-up/${id}?saved=meeting` : undefined}
        />
      )}
    </>
  );
}
