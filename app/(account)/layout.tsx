import { getTranslations } from "next-intl/server";
import { requireUser, TWO_FACTOR_SETUP_PATH } from "@/lib/auth/current-user.ts";
import { SiteShell } from "@/components/layout/site-shell.tsx";
import { LanguageSwitch } from "@/components/layout/language-switch.tsx";
import { SignOutButton } from "@/components/auth/sign-out-button.tsx";
import { SessionKeepAlive } from "@/components/auth/session-keep-alive.tsx";

// The two-factor setup page. Outside the (app) area on purpose: that area sends a user who must
// set up two-factor here, so this page alone admits them (and shows no navigation to the rest
// until they are done). Signing out is always at hand.
export default async function AccountSetupLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser(TWO_FACTOR_SETUP_PATH, { allowTwoFactorEnrolment: true });
  const t = await getTranslations();
  return (
    <>
      <SiteShell
        tools={
          <>
            <span>{t("app.signedInAs", { name: user.name })}</span>
            <LanguageSwitch />
            <SignOutButton label={t("app.signOut")} />
          </>
        }
      >
        {children}
      </SiteShell>
      <SessionKeepAlive />
    </>
  );
}
