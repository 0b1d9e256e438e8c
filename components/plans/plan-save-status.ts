"use client";
// Where the plan's autosave stands, as one state: what the status line says, and whether saving
// has stopped (a stale version, someone else's lock, an ended session, no longer the user's plan).
import { useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/secure-action.ts";

export type Failure = Extract<ActionState<unknown>, { ok: false }>;

export type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid" }
  | { kind: "retrying"; reason: "offline" | "failed" }
  /** Stopped: a stale version; the user's text stays, "Lataa uusin versio" is offered. */
  | { kind: "conflict" }
  /** Stopped and read-only: someone else holds the lock. */
  | { kind: "locked"; name: string; until: Date }
  /** Stopped: the session ended; sign in again and come back. */
  | { kind: "unauthenticated" }
  /** Stopped and read-only: the plan is no longer this user's to edit. */
  | { kind: "gone"; messageKey: string };

const STOPPED: Status["kind"][] = ["conflict", "locked", "unauthenticated", "gone"];

export type PlanStatus = ReturnType<typeof usePlanStatus>;

/** The state, and a ref to it for event handlers that outlive a render. */
export function usePlanStatus(lockedBy: { name: string; until: Date } | null, draftSavedAt: Date | null) {
  const initial: Status = lockedBy ? { kind: "locked", name: lockedBy.name, until: new Date(lockedBy.until) } : { kind: "idle" };
  const [status, setStatusState] = useState<Status>(initial);
  const ref = useRef<Status>(initial);
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(draftSavedAt ? new Date(draftSavedAt) : null);
  function set(s: Status) {
    ref.current = s;
    setStatusState(s);
    if (s.kind === "saved") setLastSavedAt(s.at);
  }
  return {
    status,
    current: () => ref.current,
    set,
    lastSavedAt,
    setLastSavedAt,
    isStopped: () => STOPPED.includes(ref.current.kind),
    readOnly: status.kind === "locked" || status.kind === "gone",
  };
}
