"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { DURATIONS, rescheduleSchema } from "@/lib/meetings/schema.ts";
import { cancelMeeting, rescheduleMeeting } from "@/lib/meetings/server-actions.ts";
import { applyServerErrors, SelectField } from "@/components/ui/form-fields.tsx";
import { DateField, TimeField } from "@/components/ui/date-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import type { z } from "zod";

type Input = z.input<typeof rescheduleSchema>;
type Output = z.output<typeof rescheduleSchema>;

/**
 * Reschedule (updated invitations, same UID, next SEQUENCE) or cancel (METHOD:CANCEL, after a confirmation).
 * It stays mounted for a meeting that is no longer scheduled (`changeable` false) so the outcome
 * message outlives the refresh that removes the buttons, and a screen reader still hears it.
 */
export function MeetingControls({ meetingId, changeable, remote, rooms, durationMinutes, roomId }: { meetingId: string; changeable: boolean; remote: boolean; rooms: { id: string; label: string }[]; durationMinutes: number; roomId: string }) {
  const t = useTranslations("meeting");
  const tc = useTranslations("convene");
  const te = useTranslations("errors");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "alert" | "notice"; text: string } | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(rescheduleSchema), defaultValues: { meetingId, date: "", time: "", durationMinutes, roomId } });

  async function onValid() {
    const result = await rescheduleMeeting(form.getValues());
    if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, applyServerErrors(form, result)) });
    setOpen(false);
    setMessage({ kind: "notice", text: t("rescheduled") });
    router.refresh();
  }
  async function onCancel() {
    setBusy(true);
    const result = await cancelMeeting({ meetingId });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, result.message) });
    setMessage({ kind: "notice", text: t("cancelled") });
    router.refresh();
  }

  const p = `m-${meetingId.slice(0, 8)}`;
  return (
    <div>
      <div role="status" aria-live="polite">{message && <p className={message.kind}>{message.text}</p>}</div>
      {changeable && (
        <>
      <div className="actions">
        <button type="button" className="button secondary" aria-expanded={open} aria-controls={`${p}-reschedule`} onClick={() => setOpen(!open)}>
          {t("reschedule")}
        </button>
        <button type="button" className="button secondary" aria-expanded={confirming} aria-controls={`${p}-cancel`} onClick={() => setConfirming(!confirming)}>
          {t("cancel")}
        </button>
      </div>
      {confirming && (
        <div id={`${p}-cancel`} className="card" role="group" aria-labelledby={`${p}-cancel-q`}>
          <p id={`${p}-cancel-q`}>{t("cancelConfirm")}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onCancel} disabled={busy}>
              {t("cancelConfirmYes")}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t("cancelConfirmNo")}
            </button>
          </div>
        </div>
      )}
      {open && (
        <form id={`${p}-reschedule`} onSubmit={form.handleSubmit(onValid, () => setMessage({ kind: "alert", text: te("formHasErrors") }))} noValidate className="card">
          <div className="row">
            <DateField idPrefix={p} form={form} name="date" label={tc("date")} />
            <TimeField idPrefix={p} form={form} name="time" label={tc("time")} />
            <SelectField idPrefix={p} form={form} name="durationMinutes" label={tc("duration")} options={DURATIONS.map((d) => ({ value: String(d), label: tc("minutes", { n: d }) }))} />
            {!remote && <SelectField idPrefix={p} form={form} name="roomId" label={tc("room")} options={rooms.map((r) => ({ value: r.id, label: r.label }))} />}
          </div>
          <button type="submit" className="button">
            {t("rescheduleSubmit")}
          </button>
        </form>
      )}
        </>
      )}
    </div>
  );
}
