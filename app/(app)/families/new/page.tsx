import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user.ts";
import { NewCollaborationForm } from "@/components/collaborations/new-collaboration-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newCollaboration"))("title") };
}

export default async function NewCollaborationPage() {
  const user = await requireUser();
  allowPage(user, "collaboration.open");
  const t = await getTranslations("newCollaboration");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <NewCollaborationForm />
    </>
  );
}
