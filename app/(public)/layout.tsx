import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch.tsx";
import { SiteShell } from "@/components/layout/site-shell.tsx";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const tc = await getTranslations("contact");
  return (
    <SiteShell
      tools={<LanguageSwitch />}
      footerExtra={
        <>
          {" "}
          · <Link href="/contact">{tc("publicLink")}</Link>
        </>
      }
    >
      {children}
    </SiteShell>
  );
}
