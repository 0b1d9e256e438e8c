import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { normalizeEmail } from "@/lib/auth/authenticate.ts";
import { getRoleSecurity } from "@/lib/admin/set-role-security.ts";
import { ROLES } from "@/lib/account/schema.ts";
import { RoleSecurityForm } from "@/components/admin/role-security-form.tsx";
import { ResetTwoFactorButton } from "@/components/admin/reset-two-factor-button.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";
import Form from "next/form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity.admin"))("title") };
}

const query = z.object({ email: z.string().max(254).optional().catch(undefined) });

/** Tietoturva: which roles must use two-factor, and resetting one user's two-factor (lookup by exact e-mail). */
export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/admin/security");
  allowPage(user, "admin.manage");
  const { email } = query.parse(await searchParams);
  const lookup = email?.trim() ? normalizeEmail(email) : null;
  const [policy, found, t, tr] = await Promise.all([
    getRoleSecurity(db),
    lookup ? db.user.findUnique({ where: { email: lookup }, select: { id: true, name: true, email: true, totpEnabledAt: true } }) : null,
    getTranslations("accountSecurity.admin"),
    getTranslations("roles"),
  ]);
  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <RoleSecurityForm roles={ROLES.map((role) => ({ role, label: tr(role), required: policy[role] }))} />

      <section aria-labelledby="reset-title">
        <h2 id="reset-title">{t("resetTitle")}</h2>
        <p>{t("resetIntro")}</p>
        <Form action="/admin/security" className="card">
          <div className="field">
            <label htmlFor="lookup-email">{t("lookupEmail")}</label>
            <input id="lookup-email" name="email" type="email" autoComplete="off" maxLength={254} defaultValue={email ?? ""} />
          </div>
          <button type="submit" className="button secondary">
            {t("lookup")}
          </button>
        </Form>
        {lookup && !found && (
          <p className="info" role="status">
            {t("notFound")}
          </p>
        )}
        {found && (
          <div>
            <p>
              <strong>{found.name}</strong> ({found.email}): {found.totpEnabledAt ? t("statusOn") : t("statusOff")}
            </p>
            <ResetTwoFactorButton userId={found.id} userName={found.name} />
          </div>
        )}
      </section>
    </>
  );
}
