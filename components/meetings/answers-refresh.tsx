"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While invitations await an answer, the convener's page re-reads the answers every `seconds`
 * (a server refresh keeps the page a server component and writes its read to the use log like any
 * visit). Paused while the tab is hidden, so an open tab does not keep polling.
 */
export function AnswersRefresh({ seconds = 15 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
