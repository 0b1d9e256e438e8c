import { getTranslations } from "next-intl/server";
import { FLOW_STEPS, type FlowStep } from "@/lib/collaborations/flow-step.ts";

/** Where the family is in the model: puheeksiotto → consent → convening → joint meeting → plan → follow-up. */
export async function FlowSteps({ step }: { step: FlowStep }) {
  const t = await getTranslations("flow");
  const current = FLOW_STEPS.indexOf(step);
  return (
    <nav aria-label={t("title")}>
      <ol className="flow">
        {FLOW_STEPS.map((s, i) => (
          <li key={s} aria-current={i === current ? "step" : undefined}>
            {t(s)}
            <span className="visually-hidden"> ({i < current ? t("done") : i === current ? t("current") : t("upcoming")})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
