import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { userFormOptions } from "@/lib/admin/users/form-options.ts";
import { UserForm } from "@/components/admin/user-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("newTitle") };
}

/** A new user: created without a password, invited by e-mail. Admins only. */
export default async function NewUserPage() {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const [options, t] = await Promise.all([userFormOptions(db, user), getTranslations("adminUsers")]);
  return (
    <>
      <p>
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p className="lead">{t("newIntro")}</p>
      <UserForm
        values={{ name: "", email: "", title: "", unitId: "", locale: "fi", roles: [], coordinatorScope: "" }}
        unitGroups={options.unitGroups}
        scopes={options.scopes}
      />
    </>
  );
}
