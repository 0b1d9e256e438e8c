import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isReferenceCode } from "@/lib/contact/reference-code.ts";
import { FocusHeading } from "@/components/contact/focus-heading.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contact.sent"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * The confirmation page: the reference code from the address (a code opens nothing, so showing any
 * well-formed one is harmless) and what happens next. Nothing the family wrote is shown or looked up.
 */
export default async function ContactSentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ref = (await searchParams).ref;
  const code = isReferenceCode(ref) ? ref : null;
  const t = await getTranslations("contact.sent");
  return (
    <div className="contact-public">
      <FocusHeading>{t("title")}</FocusHeading>
      {code ? (
        <div className="contact-reference">
          <p>{t("referenceLabel")}</p>
          <p className="contact-reference-code">{code}</p>
          <p>{t("referenceHint")}</p>
        </div>
      ) : (
        <p>{t("noReference")}</p>
      )}
      <p>{t("next")}</p>
      <p>{t("email")}</p>
      <p className="notice">{t("emergency")}</p>
      <p>
        <Link href="/contact">{t("another")}</Link>
      </p>
    </div>
  );
}
