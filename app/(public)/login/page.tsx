import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUserIncludingEnrolment } from "@/lib/auth/current-user.ts";
import { landingPath } from "@/lib/auth/session-user.ts";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url.ts";
import { oidcEnabled } from "@/lib/auth/oidc.ts";
import { LoginForm } from "@/components/auth/login-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const user = await currentUserIncludingEnrolment();
  if (user) redirect(callbackUrl ?? landingPath(user));
  const t = await getTranslations("login");
  const tc = await getTranslations("contact");
  const ta = await getTranslations("account");
  const notice = params.passwordSet
    ? ta("passwordSetNotice")
    : params.passwordChanged
      ? (await getTranslations("accountSecurity.login"))("passwordChanged")
      : params.signedOut
        ? t("signedOut")
        : params.expired
          ? t("sessionEnded")
          : null;
  // next-auth sends a single sign-on it could not verify (state, nonce, code, ID token) here with ?error=.
  const ssoError = params.error ? (await getTranslations("sso"))("callbackFailed") : null;
  return (
    <div className="login-box">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {ssoError && (
        <p className="alert" role="alert">
          {ssoError}
        </p>
      )}
      <LoginForm sso={oidcEnabled()} callbackUrl={callbackUrl} />
      <p className="login-forgot-link">
        <Link href="/login/forgot">{ta("forgotLink")}</Link>
      </p>
      <p className="login-family-link">
        <Link href="/contact">{tc("publicLink")}</Link>
      </p>
    </div>
  );
}
