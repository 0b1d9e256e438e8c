// A published plan version, read-only: the seed's kirjausrunko in its order (things needing change,
// actions at home / in the child's everyday environment / elsewhere, follow-up, responsible worker,
// next contact). Renders the immutable snapshot, never the working copy.
import { getTranslations } from "next-intl/server";
import { PLAN_ACTION_SETTINGS } from "@/lib/plans/schema.ts";
import type { PlanSnapshot } from "@/lib/plans/plan-snapshot.ts";
import { formatCalendarDate, formatDate, formatTime } from "@/lib/time/format.ts";

/** Multi-line text as typed (line breaks kept by CSS), or "not recorded". */
function Text({ value, empty }: { value: string; empty: string }) {
  return value ? <p className="plan-text">{value}</p> : <p className="hint">{empty}</p>;
}

export async function PlanView({ plan, idPrefix = "plan-view" }: { plan: PlanSnapshot; idPrefix?: string }) {
  const t = await getTranslations("plan");
  const next = plan.nextContactAt ? new Date(plan.nextContactAt) : null;
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <div className="plan-view">
      <section aria-labelledby={id("things")}>
        <h2 id={id("things")}>{t("thingsHeading")}</h2>
        <Text value={plan.thingsNeedingChange} empty={t("notAgreed")} />
      </section>
      <section aria-labelledby={id("actions")}>
        <h2 id={id("actions")}>{t("actionsHeading")}</h2>
        {PLAN_ACTION_SETTINGS.map((setting) => {
          const actions = plan.actions.filter((a) => a.setting === setting);
          return (
            <section key={setting} aria-labelledby={id(`setting-${setting}`)}>
              <h3 id={id(`setting-${setting}`)}>{t(`settings.${setting}`)}</h3>
              {actions.length === 0 ? (
                <p className="hint">{t("noActions")}</p>
              ) : (
                <ol className="plan-actions">
                  {actions.map((a) => (
                    <li key={a.id}>
                      <p className="plan-text">{a.description}</p>
                      <dl className="facts">
                        <dt>{t("actionWho")}</dt>
                        <dd>{a.who || "–"}</dd>
                        {a.dueDate && (
                          <>
                            <dt>{t("actionDueDate")}</dt>
                            <dd>{formatCalendarDate(new Date(`${a.dueDate}T00:00:00Z`))}</dd>
                          </>
                        )}
                        {setting === "ELSEWHERE" && (
                          <>
                            <dt>{t("actionPlace")}</dt>
                            <dd>{a.place || "–"}</dd>
                          </>
                        )}
                      </dl>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </section>
      <section aria-labelledby={id("follow-up")}>
        <h2 id={id("follow-up")}>{t("followUpHeading")}</h2>
        <h3>{t("followUpWorkerToFamily")}</h3>
        <Text value={plan.followUpWorkerToFamily} empty={t("notAgreed")} />
        <h3>{t("followUpFamilyToWorker")}</h3>
        <Text value={plan.followUpFamilyToWorker} empty={t("notAgreed")} />
      </section>
      <section aria-labelledby={id("responsible")}>
        <h2 id={id("responsible")}>{t("responsibleHeading")}</h2>
        {plan.responsibleWorkers.length === 0 ? (
          <p className="hint">{t("responsibleNone")}</p>
        ) : (
          <ul>
            {plan.responsibleWorkers.map((r) => (
              <li key={r.userId}>
                {r.name}, {r.title}
                {r.unit ? `, ${r.unit}` : ""} — <a href={`mailto:${r.email}`}>{r.email}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={id("next-contact")}>
        <h2 id={id("next-contact")}>{t("nextContactHeading")}</h2>
        <p>{next ? t("nextContactValue", { date: formatDate(next), time: formatTime(next) }) : t("notAgreed")}</p>
      </section>
    </div>
  );
}
