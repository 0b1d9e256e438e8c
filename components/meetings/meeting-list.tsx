import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import type { listCollaborationMeetings } from "@/lib/meetings/list-collaboration-meetings.ts";
import { MeetingControls } from "./meeting-controls.tsx";

type Meetings = Awaited<ReturnType<typeof listCollaborationMeetings>>;

/** The collaboration's meetings, with each invited person's answer as it comes. */
export async function MeetingList({ collaborationId, meetings, canChange, rooms }: { collaborationId: string; meetings: Meetings; canChange: boolean; rooms: { id: string; label: string }[] }) {
  const t = await getTranslations();
  if (meetings.length === 0) return <p>{t("meeting.none")}</p>;
  return (
    <>
      {meetings.map((m) => (
        <section key={m.id} className="card" aria-labelledby={`meeting-${m.id}`}>
          <h3 id={`meeting-${m.id}`}>
            {t(`email.kind.${m.kind}`)}: {t("meeting.when", { date: formatDate(m.startsAt), start: formatTime(m.startsAt), end: formatTime(m.endsAt) })}
          </h3>
          <p>
            <span className="badge">{t(`meeting.status.${m.status}`)}</span>
            {m.roomBooking && !m.roomBooking.cancelledAt && ` · ${t("meeting.place")}: ${m.roomBooking.room.name}, ${m.roomBooking.room.unit.name}`}
            {m.onlineUrl && ` · ${t("meeting.remote")}: ${m.onlineUrl}`}
          </p>
          <table>
            <caption className="visually-hidden">{t("meeting.invitees")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meeting.invitees")}</th>
                <th scope="col">{t("meeting.answer")}</th>
                <th scope="col">{t("meeting.message")}</th>
              </tr>
            </thead>
            <tbody>
              {m.invitations.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.user.name}, {i.expertise ? t(`expertise.${i.expertise}`) : i.user.title}
                  </td>
                  <td>{t(`meeting.responses.${i.status}`)}</td>
                  <td>{i.responseMessage ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canChange && m.status !== "CANCELLED" && (
            <p>
              <Link className="button" href={`/families/${collaborationId}/meetings/${m.id}`}>
                {t(m.status === "HELD" ? "meetingRun.openHeld" : "meetingRun.openRun")}
              </Link>
            </p>
          )}
          {canChange && (
            <MeetingControls meetingId={m.id} changeable={m.status === "SCHEDULED"} remote={m.mode === "REMOTE"} rooms={rooms} durationMinutes={Math.round((m.endsAt.getTime() - m.startsAt.getTime()) / 60000)} roomId={m.roomBooking?.roomId ?? ""} />
          )}
        </section>
      ))}
    </>
  );
}
