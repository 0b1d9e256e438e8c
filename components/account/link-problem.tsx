// What a spent, expired or unknown link tells its holder: what happened and what to do next.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type LinkProblem = "linkExpired" | "linkUsed" | "linkInvalid";

export async function LinkProblemView({ problem }: { problem: LinkProblem }) {
  const t = await getTranslations("account.link");
  return (
    <div className="login-box">
      <h1>{t(`${problem}Title`)}</h1>
      <p className="info">{t(`${problem}Body`)}</p>
      <nav className="section-nav" aria-label={t(`${problem}Title`)}>
        <Link className="button" href="/login/forgot">
          {t("requestNew")}
        </Link>
        <Link className="button secondary" href="/login">
          {t("toLogin")}
        </Link>
      </nav>
    </div>
  );
}
