"use client";
import { useEffect } from "react";

// The session ends after 30 minutes idle. Activity (typing, clicking) refreshes it, at most once a
// minute: next-auth re-issues the session cookie whenever /api/auth/session is read.
export function SessionKeepAlive() {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < 60_000) return;
      last = Date.now();
      void fetch("/api/auth/session", { credentials: "same-origin" });
    };
    window.addEventListener("keydown", onActivity);
    window.addEventListener("pointerdown", onActivity);
    return () => {
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("pointerdown", onActivity);
    };
  }, []);
  return null;
}
