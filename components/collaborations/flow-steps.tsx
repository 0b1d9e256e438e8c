import { getTranslations } from "next-intl/server";

const STEPS = ["CONCERN_RAISED", "CONSENT", "CONVENING", "MEETING", "PLAN", "FOLLOW_UP"] as const;
const STEP_BY_STATUS: Record<string, (typeof STEPS)[number]> = {
  CONCERN_RAISED: "CONCERN_RAISED",
  CONVENING: "CONVENING",
  MEETING_SCHEDULED: "MEETING",
  PLAN_ACTIVE: "FOLLOW_UP",
  CLOSED: "FOLLOW_UP",
};

/** Where the family is in the model: puheeksiotto → consent → convening → joint meeting → plan → follow-up. */
export async function FlowSteps({ status }: { status: string }) {
  const t = await getTranslations("flow");
  const current = STEPS.indexOf(STEP_BY_STATUS[status] ?? "CONCERN_RAISED");
  return (
    <nav aria-label={t("title")}>
      <ol className="flow">
        {STEPS.map((step, i) => (
          <li key={step} aria-current={i === current ? "step" : undefined}>
            {t(step)}
            <span className="visually-hidden"> ({i < current ? t("done") : i === current ? t("current") : t("upcoming")})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
