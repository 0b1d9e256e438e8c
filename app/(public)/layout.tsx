import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch.tsx";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  const tc = await getTranslations("contact");
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <div className="bar">
          <Link href="/" className="brand">
            {t("name")}
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t("footer")} · <Link href="/accessibility">{t("accessibilityStatement")}</Link> · <Link href="/contact">{tc("publicLink")}</Link>
        </p>
      </footer>
    </>
  );
}
