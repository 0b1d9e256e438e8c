import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user.ts";
import { UserImportForm } from "@/components/admin/user-import-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("importTitle") };
}

const EXAMPLE = [
  "name;email;title;unit;language;roles",
  "Maija Virtanen;maija.virtanen@kunta.example;varhaiskasvatuksen opettaja;Päiväkoti Satakieli;fi;FRONTLINE_WORKER",
  "Erik Lindqvist;erik.lindqvist@kunta.example;psykolog;Familjecentret;sv;TEAM_MEMBER|FRONTLINE_WORKER",
].join("\n");

/** Importing users from a CSV file, all or nothing, with the file format documented. Admins only. */
export default async function ImportUsersPage() {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const t = await getTranslations("adminUsers");
  return (
    <>
      <p>
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <h1>{t("importTitle")}</h1>
      <p className="lead">{t("importIntro")}</p>
      <h2 id="import-format">{t("formatHeading")}</h2>
      <ul>
        <li>{t("formatEncoding")}</li>
        <li>{t("formatHeader")}</li>
        <li>{t("formatUnit")}</li>
        <li>{t("formatLanguage")}</li>
        <li>{t("formatRoles")}</li>
        <li>{t("formatFormula")}</li>
        <li>{t("formatLimit")}</li>
      </ul>
      <h3 id="import-example">{t("example")}</h3>
      <pre className="mail-body" aria-labelledby="import-example" tabIndex={0}>
        {EXAMPLE}
      </pre>
      <UserImportForm />
    </>
  );
}
