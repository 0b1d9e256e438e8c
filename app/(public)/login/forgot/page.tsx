import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forgot"))("title") };
}

/** "Unohditko salasanasi?": a reset link by e-mail, the same answer for every address. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("account.forgot");
  return (
    <div className="login-box">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ForgotPasswordForm />
      <p className="login-family-link">
        <Link href="/login">{t("back")}</Link>
      </p>
    </div>
  );
}
