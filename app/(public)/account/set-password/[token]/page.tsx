import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { checkAccountToken } from "@/lib/auth/account-token.ts";
import { LINK_ERROR } from "@/lib/auth/set-password-with-token.ts";
import { LinkProblemView } from "@/components/account/link-problem.tsx";
import { SetPasswordForm } from "@/components/account/set-password-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.setPassword"))("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** Choosing a password with an invitation or reset link. Opening the page spends nothing. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkAccountToken(db, token);
  if (check.status !== "valid") return <LinkProblemView problem={LINK_ERROR[check.status]} />;
  const t = await getTranslations("account.setPassword");
  return (
    <div className="login-box">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <SetPasswordForm token={token} />
    </div>
  );
}
