"use client";
import { useTranslations } from "next-intl";
import { startMeeting } from "@/lib/meetings/server-actions.ts";
import { ActionButton } from "@/components/ui/action-button.tsx";

/** Opens the meeting (SCHEDULED → IN_PROGRESS); an error is announced next to the button. */
export function StartMeetingButton({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetingRun");
  return (
    <ActionButton action={() => startMeeting({ meetingId })} errorId="start-meeting-error">
      {t("start")}
    </ActionButton>
  );
}
