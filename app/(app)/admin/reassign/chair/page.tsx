import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { chairCandidates } from "@/lib/admin/users/reassign-chair.ts";
import { ReassignChairForm } from "@/components/admin/reassign-chair-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("chairTitle") };
}

const querySchema = z.object({ user: z.uuid(), municipality: z.uuid() });

/** Naming a new chair for a deactivated worker's open work in one municipality. Admins only. */
export default async function ReassignChairPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const query = querySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  let data: Awaited<ReturnType<typeof chairCandidates>>;
  try {
    data = await chairCandidates(db, user, { fromUserId: query.data.user, municipalityId: query.data.municipality });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const t = await getTranslations("adminUsers");
  return (
    <>
      <p>
        <Link href="/admin/reassign">{t("backToReassign")}</Link>
      </p>
      <h1>{t("chairTitle")}</h1>
      <p className="lead">{t("chairIntro", { name: data.from.name, municipality: data.municipality.name })}</p>
      {data.candidates.length === 0 ? (
        <p className="info">{t("noCandidates")}</p>
      ) : (
        <ReassignChairForm fromUserId={data.from.id} municipalityId={data.municipality.id} candidates={data.candidates} />
      )}
    </>
  );
}
