"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { DURATIONS, MEETING_MODES, scheduleSchema, type Schedule, type ScheduleInput } from "@/lib/meetings/schema.ts";
import type { ProposedSlot } from "@/lib/meetings/actions.ts";
import { createMeeting, proposeSlots } from "@/lib/meetings/server-actions.ts";
import { errorAt, RadioGroup, SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { DateField, TimeField } from "@/components/ui/date-fields.tsx";
import { FieldError } from "@/components/ui/field-error.tsx";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

interface Props {
  collaborationId: string;
  teamName: string;
  members: { id: string; expertise: string; name: string; title: string }[];
  covered: string[];
  rooms: { id: string; label: string }[];
  familyAttendees: number;
  /** FOLLOW_UP when the responsible worker arranges a follow-up meeting (seurantatapaaminen). */
  kind?: "JOINT" | "FOLLOW_UP";
  /** Where to go once the meeting is booked. */
  doneHref?: string;
}

export function ConveneForm({ collaborationId, teamName, members, covered, rooms, familyAttendees, kind = "JOINT", doneHref }: Props) {
  const t = useTranslations("convene");
  const tx = useTranslations("expertise");
  const router = useRouter();
  const [slots, setSlots] = useState<ProposedSlot[] | null>(null);
  const [proposing, setProposing] = useState(false);
  const form = useForm<ScheduleInput, unknown, Schedule>({
    resolver: zodResolver(scheduleSchema),
    defaultValues: { collaborationId, teamMemberIds: [], mode: "IN_PERSON", durationMinutes: 90, familyAttendees, date: "", time: "", roomId: "", onlineUrl: "", kind },
  });
  const { formError, setFormError, handle, invalid } = useActionResult(form);
  const mode = form.watch("mode");
  const inviteeError = errorAt(form.formState.errors, "teamMemberIds");
  const byExpertise = [...new Set(members.map((m) => m.expertise))];

  async function onPropose() {
    setFormError(null);
    const ok = await form.trigger(["teamMemberIds", "mode", "durationMinutes", "familyAttendees"]);
    if (!ok) return invalid();
    setProposing(true);
    const v = form.getValues();
    const result = await proposeSlots({ collaborationId, teamMemberIds: v.teamMemberIds, mode: v.mode, durationMinutes: v.durationMinutes, familyAttendees: v.familyAttendees, kind });
    setProposing(false);
    if (!result.ok) return void handle(result);
    setSlots(result.data);
  }

  function pick(slot: ProposedSlot) {
    const { date, time } = toHelsinkiWallClock(new Date(slot.start));
    form.setValue("date", date, { shouldValidate: true });
    form.setValue("time", time, { shouldValidate: true });
    form.setValue("roomId", slot.roomId ?? "", { shouldValidate: true });
  }

  async function onValid() {
    setFormError(null);
    const result = await createMeeting(form.getValues());
    if (result.ok) {
      router.push(doneHref ?? `/families/${collaborationId}?saved=meeting`);
      return;
    }
    handle(result);
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, invalid)} noValidate>
      <FormMessages formError={formError} />
      <fieldset aria-describedby={inviteeError ? "teamMemberIds-error" : undefined}>
        <legend>{t("team", { team: teamName })}</legend>
        {byExpertise.map((e) => (
          <fieldset key={e}>
            <legend>
              {tx(e)} — {covered.includes(e) ? t("covered") : t("notCovered")}
            </legend>
            {members
              .filter((m) => m.expertise === e)
              .map((m) => (
                <div className="checkbox" key={m.id}>
                  <input id={`member-${m.id}`} type="checkbox" value={m.id} {...form.register("teamMemberIds")} />
                  <label htmlFor={`member-${m.id}`}>
                    {m.name}, {m.title}
                  </label>
                </div>
              ))}
          </fieldset>
        ))}
        <FieldError id="teamMemberIds-error" errorKey={inviteeError} />
      </fieldset>
      <RadioGroup form={form} name="mode" label={t("mode")} options={MEETING_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
      <div className="row">
        <SelectField form={form} name="durationMinutes" label={t("duration")} options={DURATIONS.map((d) => ({ value: String(d), label: t("minutes", { n: d }) }))} />
        <TextField form={form} name="familyAttendees" label={t("familyAttendees")} inputMode="numeric" maxLength={2} />
      </div>
      <p>
        <button type="button" className="button secondary" onClick={onPropose} disabled={proposing}>
          {proposing ? t("proposing") : t("propose")}
        </button>
      </p>
      <div aria-live="polite">
        {slots && (
          <fieldset>
            <legend>{t("proposals")}</legend>
            {slots.length === 0 && <p>{t("noProposals")}</p>}
            {slots.map((s, i) => {
              const label = t("slot", { date: formatDate(new Date(s.start)), start: formatTime(new Date(s.start)), end: formatTime(new Date(s.end)) });
              return (
                <div className="checkbox" key={s.start + (s.roomId ?? "")}>
                  <input id={`slot-${i}`} type="radio" name="slot" onChange={() => pick(s)} />
                  <label htmlFor={`slot-${i}`}>
                    {label}
                    {s.roomName ? `, ${s.roomName}` : ""}
                  </label>
                </div>
              );
            })}
            <p className="hint">{t("pickHint")}</p>
          </fieldset>
        )}
      </div>
      <div className="row">
        <DateField form={form} name="date" label={t("date")} />
        <TimeField form={form} name="time" label={t("time")} />
        {mode !== "REMOTE" && <SelectField form={form} name="roomId" label={t("room")} options={[{ value: "", label: "—" }, ...rooms.map((r) => ({ value: r.id, label: r.label }))]} />}
      </div>
      {mode !== "IN_PERSON" && <TextField form={form} name="onlineUrl" label={t("onlineUrl")} type="url" maxLength={500} />}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
