import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listMyInvitations, listMyTeams } from "@/lib/meetings/list-my-invitations.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { RespondForm } from "@/components/meetings/respond-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationsPage() {
  const user = await requireUser();
  allowPage(user, "invitations.list");
  const t = await getTranslations();
  const [invitations, teams] = await Promise.all([listMyInvitations(db, user), listMyTeams(db, user)]);
  return (
    <>
      <h1>{t("invitations.title")}</h1>
      <p className="lead">{t("invitations.intro")}</p>
      {invitations.length === 0 ? (
        <p className="info">{t("invitations.empty")}</p>
      ) : (
        invitations.map((i) => {
          const when = `${formatDate(i.meeting.startsAt)} ${formatTime(i.meeting.startsAt)}–${formatTime(i.meeting.endsAt)}`;
          return (
            <section key={i.id} className="card" aria-labelledby={`inv-${i.id}`}>
              <h2 id={`inv-${i.id}`}>
                {t(`invitations.kindLabel.${i.meeting.kind}`)}: {when}
              </h2>
              <p>
                {i.meeting.roomBooking ? `${i.meeting.roomBooking.room.name}, ${i.meeting.roomBooking.room.unit.name}` : t("meeting.remote")}
                {" · "}
                {t("invitations.status")}: <strong>{t(`invitations.statusLabel.${i.status}`)}</strong>
              </p>
              {i.status !== "CANCELLED" && <RespondForm invitationId={i.id} current={i.status} when={when} />}
            </section>
          );
        })
      )}
      <h2>{t("invitations.teams")}</h2>
      {teams.length === 0 ? (
        <p>{t("invitations.noTeams")}</p>
      ) : (
        <ul>
          {teams.map((m) => (
            <li key={m.id}>
              {m.team.name} ({m.team.area.name}) — {t(`expertise.${m.expertise}`)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
