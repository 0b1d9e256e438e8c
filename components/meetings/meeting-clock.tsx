"use client";
// The chair keeps the schedule (seed 001): the time now against the booked end. Updated every
// 15 s; role="timer" is not announced on every change, so a screen reader user is not interrupted.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { clockState } from "@/lib/meetings/agenda.ts";
import { formatTime } from "@/lib/time/format.ts";

export function MeetingClock({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const t = useTranslations("meetingRun.clock");
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const state = now ? clockState(now, start, end) : null;
  return (
    <div className={`meeting-clock${state?.kind === "over" ? " over" : ""}`} role="timer" aria-label={t("label")}>
      <p className="meeting-clock-now">{now ? t("now", { time: formatTime(now) }) : t("now", { time: "–" })}</p>
      <p>{t("bookedEnd", { time: formatTime(end) })}</p>
      {state?.kind === "before" && <p>{t("before", { minutes: state.minutesToStart })}</p>}
      {state?.kind === "running" && <p>{t("left", { minutes: state.minutesLeft })}</p>}
      {state?.kind === "over" && (
        <p>
          <strong>{t("overLabel")}</strong> {t("over", { minutes: state.minutesOver })}
        </p>
      )}
    </div>
  );
}
