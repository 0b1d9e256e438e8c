import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user.ts";
import { navigationFor } from "@/lib/auth/navigation.ts";
import { db } from "@/lib/db/client.ts";
import { countUnreadNotifications } from "@/lib/follow-up/notifications.ts";
import { MainNav } from "@/components/layout/main-nav.tsx";
import { SiteShell } from "@/components/layout/site-shell.tsx";
import { LanguageSwitch } from "@/components/layout/language-switch.tsx";
import { SignOutButton } from "@/components/auth/sign-out-button.tsx";
import { SessionKeepAlive } from "@/components/auth/session-keep-alive.tsx";

// The signed-in area. Signing out is enforced again by every page's and action's own checks;
// this layout only sends the signed-out to the sign-in page.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  const nav = navigationFor(user);
  // Notifications (a shared plan, a handover) are read on "Minun perheeni"; the header says how many wait there.
  const unread = nav.some((i) => i.href === "/follow-up") ? await countUnreadNotifications(db, user) : 0;
  const items = nav.map((i) => ({
    href: i.href,
    label: t(`nav.${i.key}`),
    badge: i.href === "/follow-up" && unread > 0 ? { count: unread, label: t("nav.unread", { count: unread }) } : undefined,
  }));
  return (
    <>
      <SiteShell
        nav={<MainNav items={items} label={t("app.mainNavigation")} />}
        tools={
          <>
            <span>{t("app.signedInAs", { name: user.name })}</span>
            <Link href="/account">{t("accountSecurity.headerLink")}</Link>
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
