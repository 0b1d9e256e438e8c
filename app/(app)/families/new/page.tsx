import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user.ts";
import { canCreateCollaboration } from "@/lib/collaborations/policy.ts";
import { NewCollaborationForm } from "@/components/collaborations/new-collaboration-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newCollaboration"))("title") };
}

export default async function NewCollaborationPage() {
  const user = await requireUser();
  if (!canCreateCollaboration(user)) notFound();
  const t = await getTranslations("newCollaboration");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <NewCollaborationForm />
    </>
  );
}
