"use client";
// Toimenpiteet: the plan's actions, grouped by setting (home, everyday environment, elsewhere) in
// the seed's order. A new row goes after the last of its setting and takes the focus; removing one
// returns the focus to its setting's "add" button.
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { PLAN_ACTION_SETTINGS, type PlanDraft, type PlanDraftInput } from "@/lib/plans/schema.ts";
import { errorAt, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { DateField } from "@/components/ui/date-fields.tsx";
import { FieldError } from "@/components/ui/field-error.tsx";

type Setting = (typeof PLAN_ACTION_SETTINGS)[number];

function newActionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Outside a secure context (plain http on a LAN): a v4 UUID from the same random source.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function PlanActionRows({ form }: { form: UseFormReturn<PlanDraftInput, unknown, PlanDraft> }) {
  const t = useTranslations("plan");
  const { fields, insert, remove } = useFieldArray({ control: form.control, name: "actions" });

  function addRow(setting: Setting) {
    const order = (s: string) => PLAN_ACTION_SETTINGS.indexOf(s as Setting);
    const at = form.getValues("actions").filter((a) => order(a.setting) <= order(setting)).length;
    insert(at, { actionId: newActionId(), setting, description: "", who: "", dueDate: "", place: "" }, { shouldFocus: true, focusName: `actions.${at}.description` });
  }

  function removeRow(index: number, setting: Setting) {
    remove(index);
    requestAnimationFrame(() => document.getElementById(`add-action-${setting}`)?.focus());
  }

  return (
    <section aria-labelledby="plan-actions-heading">
      <h2 id="plan-actions-heading">{t("actionsHeading")}</h2>
      <FieldError id="actions-error" errorKey={errorAt(form.formState.errors, "actions")} />
      {PLAN_ACTION_SETTINGS.map((setting) => {
        const rows = fields.map((field, index) => ({ field, index })).filter(({ field }) => field.setting === setting);
        const settingName = t(`settingShort.${setting}`);
        return (
          <section key={setting} aria-labelledby={`plan-setting-${setting}`} className="plan-setting">
            <h3 id={`plan-setting-${setting}`}>{t(`settings.${setting}`)}</h3>
            {rows.length === 0 && <p className="hint">{t("noActions")}</p>}
            {rows.map(({ field, index }, n) => (
              <fieldset key={field.id} className="plan-action">
                <legend>{t("actionLegend", { n: n + 1 })}</legend>
                <TextArea form={form} name={`actions.${index}.description`} label={t("actionDescription")} rows={2} />
                <div className="row">
                  <TextField form={form} name={`actions.${index}.who`} label={t("actionWho")} />
                  <DateField form={form} name={`actions.${index}.dueDate`} label={t("actionDueDate")} />
                </div>
                {setting === "ELSEWHERE" && <TextField form={form} name={`actions.${index}.place`} label={t("actionPlace")} />}
                <button type="button" className="button secondary" onClick={() => removeRow(index, setting)} aria-label={t("removeActionNamed", { n: n + 1, setting: settingName })}>
                  {t("removeAction")}
                </button>
              </fieldset>
            ))}
            <p>
              <button type="button" id={`add-action-${setting}`} className="button secondary" onClick={() => addRow(setting)} aria-label={t("addActionIn", { setting: settingName })}>
                {t("addAction")}
              </button>
            </p>
          </section>
        );
      })}
    </section>
  );
}
