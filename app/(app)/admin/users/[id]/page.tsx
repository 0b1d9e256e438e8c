import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getUserForAdmin } from "@/lib/admin/users/get-user.ts";
import { userFormOptions } from "@/lib/admin/users/form-options.ts";
import { formatDate, formatDateTime } from "@/lib/time/format.ts";
import { UserForm } from "@/components/admin/user-form.tsx";
import { UserAccessPanel } from "@/components/admin/user-access-panel.tsx";
import { ResetTwoFactorButton } from "@/components/admin/reset-two-factor-button.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

async function load(user: Awaited<ReturnType<typeof requireUser>>, id: string) {
  try {
    return await getUserForAdmin(db, user, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/** One user: details and roles, invitation, deactivation, two-factor reset. Admins only. */
export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const { id } = await params;
  const sp = await searchParams;
  const target = await load(user, id);
  const [options, t] = await Promise.all([userFormOptions(db, user, target.values.unitId || null), getTranslations("adminUsers")]);
  const ts = await getTranslations("accountSecurity.admin");
  return (
    <>
      <p>
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <h1>{target.values.name}</h1>
      {sp.created && (
        <p className="notice" role="status">
          {t("created")}
        </p>
      )}
      <p className="lead">{t("editIntro")}</p>
      <UserForm userId={target.id} values={target.values} unitGroups={options.unitGroups} scopes={options.scopes} />

      <h2 id="user-sign-in">{t("signIn")}</h2>
      <UserAccessPanel
        userId={target.id}
        active={target.active}
        statusText={target.canSignIn ? t("canSignIn") : target.invitationExpiresAt ? t("invitationOpen", { date: formatDateTime(target.invitationExpiresAt) }) : t("noInvitation")}
        deactivatedText={target.deactivatedAt ? t("deactivatedOn", { date: formatDate(target.deactivatedAt) }) : null}
      />

      <h2 id="user-two-factor">{ts("resetTitle")}</h2>
      <p>{target.twoFactorOn ? ts("statusOn") : ts("statusOff")}</p>
      {/* A lost phone: the admin resets the second factor, which also ends the user's sessions. */}
      {target.twoFactorOn && <ResetTwoFactorButton userId={target.id} userName={target.values.name} />}
    </>
  );
}
