// Invitation e-mails: in each recipient's own language, carrying time, place and a link only —
// never the family's details. The .ics goes with them (UTC times, stable UID, growing SEQUENCE).
import { createTranslator } from "next-intl";
import type { Locale } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";
import { MESSAGES } from "../i18n/messages/index.ts";
import { formatDate, formatTime } from "../time/format.ts";
import { buildIcs } from "./ics.ts";
import { enqueueEmail } from "../email/outbox.ts";

export interface MeetingForMail {
  id: string;
  icsUid: string;
  icsSequence: number;
  kind: "JOINT" | "FOLLOW_UP";
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  organizer: { name: string; email: string };
}

export function appUrl(path: string): string {
  return `${(process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "")}${path}`;
}

export async function enqueueInvitationMail(
  tx: DbOrTx,
  meeting: MeetingForMail,
  to: { name: string; email: string; locale: Locale },
  change: "INVITE" | "UPDATE" | "CANCEL",
  now = new Date(),
): Promise<void> {
  const t = createTranslator({ locale: to.locale, messages: MESSAGES[to.locale], namespace: "email" });
  const when = { date: formatDate(meeting.startsAt), start: formatTime(meeting.startsAt), end: formatTime(meeting.endsAt) };
  const kind = t(`kind.${meeting.kind}`);
  const link = appUrl("/invitations");
  const subject = t(`subject.${change}`, { kind, ...when });
  const lines = [
    t(`intro.${change}`, { kind }),
    "",
    t("when", when),
    meeting.place ? t("where", { place: meeting.place }) : null,
    meeting.onlineUrl ? t("remote", { url: meeting.onlineUrl }) : null,
    "",
    change === "CANCEL" ? null : t("respond", { link }),
    t("privacy"),
  ].filter((l): l is string => l !== null);
  const ics = buildIcs({
    method: change === "CANCEL" ? "CANCEL" : "REQUEST",
    uid: meeting.icsUid,
    sequence: meeting.icsSequence,
    stamp: now,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: kind,
    location: meeting.place ?? meeting.onlineUrl,
    url: meeting.onlineUrl ?? link,
    description: t("icsDescription", { link }),
    organizer: meeting.organizer,
    attendee: { name: to.name, email: to.email },
  });
  await enqueueEmail(tx, { to: to.email, locale: to.locale, subject, textBody: lines.join("\n"), icsContent: ics, icsMethod: change === "CANCEL" ? "CANCEL" : "REQUEST" });
}
