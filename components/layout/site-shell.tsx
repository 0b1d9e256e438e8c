// The frame of every page: skip link, header (brand, optional navigation, tools), main and footer.
// The signed-in area, the two-factor setup and the public pages differ only in what goes in them.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteShell({ nav, tools, footerExtra, children }: { nav?: React.ReactNode; tools: React.ReactNode; footerExtra?: React.ReactNode; children: React.ReactNode }) {
  const t = await getTranslations("app");
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
          {nav}
          <div className="header-tools">{tools}</div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t("footer")} · <Link href="/accessibility">{t("accessibilityStatement")}</Link>
          {footerExtra}
        </p>
      </footer>
    </>
  );
}
