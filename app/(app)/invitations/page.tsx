import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { hasRole } from "@/lib/auth/session-user.ts";
import { listMyInvitations, listMyTeams } from "@/lib/meetings/list-my-invitations.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationsPage() {
  const user = await requireUser();
  if (!hasRole(user, "TEAM_MEMBER")) notFound();
  const t = await getTranslations();
  const [invitations, teams] = await Promise.all([listMyInvitations(db, user), listMyTeams(db, user)]);
  return (
    <>
      <h1>{t("invitations.title")}</h1>
      <p className="lead">{t("invitations.intro")}</p>
      {invitations.length === 0 ? (
        <p className="info">{t("invitations.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("invitations.when")}</th>
              <th scope="col">{t("invitations.kind")}</th>
              <th scope="col">{t("invitations.status")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>
                  {formatDate(i.meeting.startsAt)} {formatTime(i.meeting.startsAt)}–{formatTime(i.meeting.endsAt)}
                  {i.meeting.roomBooking && `, ${i.meeting.roomBooking.room.name} (${i.meeting.roomBooking.room.unit.name})`}
                </td>
                <td>{t(`invitations.kindLabel.${i.meeting.kind}`)}</td>
                <td>{t(`invitations.statusLabel.${i.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
