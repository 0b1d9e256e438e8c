"use client";
import { signOut } from "next-auth/react";

/** Copies of unsaved text kept on this device (plan drafts) are the signed-in user's: gone on sign-out. */
function forgetLocalCopies() {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith("yhteinen-aika:")) window.localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="button secondary"
      onClick={() => {
        forgetLocalCopies();
        void signOut({ callbackUrl: "/login?signedOut=1" });
      }}
    >
      {label}
    </button>
  );
}
