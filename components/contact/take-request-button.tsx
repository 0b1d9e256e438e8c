"use client";
import { useTranslations } from "next-intl";
import { takeContactRequest } from "@/lib/contact/server-actions.ts";
import { ActionButton } from "@/components/ui/action-button.tsx";

/** "Take": marks the request as the worker's own; if someone else was faster, says so and shows the new state. */
export function TakeRequestButton({ requestId }: { requestId: string }) {
  const t = useTranslations("contact.request");
  return (
    <ActionButton action={() => takeContactRequest({ requestId })} busyLabel={t("taking")} refreshOnFailure>
      {t("take")}
    </ActionButton>
  );
}
