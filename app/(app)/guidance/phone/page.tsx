import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { guidanceMunicipalityId } from "@/lib/contact/policy.ts";
import { PhoneContactForm } from "@/components/contact/phone-contact-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contact.phone"))("title") };
}

/** Yksi puhelinnumero: the quick form for a call the guidance worker answered. */
export default async function PhoneContactPage() {
  const user = await requireUser();
  allowPage(user, "guidance.handle");
  const municipalityId = await guidanceMunicipalityId(db, user);
  if (!municipalityId) notFound();
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { name: true } });
  const t = await getTranslations();
  return (
    <>
      <p>
        <Link href="/guidance">{t("contact.request.back")}</Link>
      </p>
      <h1>{t("contact.phone.title")}</h1>
      <p className="lead">{t("contact.phone.intro", { municipality: municipality.name })}</p>
      <PhoneContactForm municipalityId={municipalityId} locale={user.locale} />
    </>
  );
}
