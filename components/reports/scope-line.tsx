import { getTranslations } from "next-intl/server";
import type { CoordinatorScope } from "@/lib/reports/coordinator-scope.ts";

/** Whose figures these are: the county (all its municipalities) or one municipality. */
export async function ScopeLine({ scope }: { scope: CoordinatorScope }) {
  const t = await getTranslations("reports");
  if (scope.level === "none") return <p className="alert">{t("noScope")}</p>;
  return <p>{scope.level === "county" ? t("scopeCounty", { name: scope.name }) : t("scopeMunicipality", { name: scope.name })}</p>;
}
