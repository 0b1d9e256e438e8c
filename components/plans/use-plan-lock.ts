"use client";
// The 5-minute soft write lock (evaka's pattern): taken when the editor starts typing, renewed at
// most once a minute while they edit, given up on leaving; someone else's lock makes the form
// read-only with their name and until when.
import { useRef, type RefObject } from "react";
import { acquirePlanLock, releasePlanLock } from "@/lib/plans/server-actions.ts";
import type { Failure, PlanStatus } from "./plan-save-status.ts";

/** The server's lock lasts PLAN_LOCK_MINUTES (5); it is renewed when less than 4 minutes are left, i.e. at most once a minute. */
export const LOCK_MS = 5 * 60_000;
const LOCK_RENEW_WHEN_LEFT_MS = 4 * 60_000;

/** What the lock tells the autosave (wired after both exist: they call each other). */
export interface LockEvents {
  /** The server refused (signed out, not the user's plan any more). */
  refused(r: Failure): Promise<void>;
  /** The other editor's lock ended: carry on saving. */
  freed(): void;
  /** Someone else took the lock: keep the text on the device and stop saving. */
  lost(): void;
  /** Offline: try again later. */
  offline(): void;
}

export type PlanLock = ReturnType<typeof usePlanLock>;

export function usePlanLock(collaborationId: string, state: PlanStatus, events: RefObject<LockEvents | null>) {
  const untilRef = useRef<number | null>(null);
  const busyRef = useRef(false);

  /** Takes or renews the lock while this user edits; shows who holds it otherwise. */
  async function ensure(force = false) {
    const kind = state.current().kind;
    if (kind === "unauthenticated" || kind === "gone") return;
    if (!force && (kind === "locked" || kind === "conflict")) return;
    const until = untilRef.current;
    if (!force && until && until - Date.now() > LOCK_RENEW_WHEN_LEFT_MS) return;
    if (busyRef.current) return;
    busyRef.current = true;
    try {
      const r = await acquirePlanLock({ collaborationId });
      if (!r.ok) {
        if (r.code === "UNAUTHENTICATED" || r.code === "NOT_FOUND" || r.code === "FORBIDDEN") await events.current?.refused(r);
        return;
      }
      if (r.data.acquired) {
        untilRef.current = new Date(r.data.until).getTime();
        if (state.current().kind === "locked") state.set(state.lastSavedAt ? { kind: "saved", at: state.lastSavedAt } : { kind: "idle" });
      } else {
        untilRef.current = null;
        events.current?.lost();
        state.set({ kind: "locked", name: r.data.lockedBy, until: new Date(r.data.until) });
      }
    } catch {
      // No connection: the next save reports it.
    } finally {
      busyRef.current = false;
    }
  }

  /** A save met "locked": say by whom, or take over if their lock ended meanwhile. */
  async function showHolder() {
    const r = await acquirePlanLock({ collaborationId }).catch(() => null);
    if (r?.ok && !r.data.acquired) {
      untilRef.current = null;
      state.set({ kind: "locked", name: r.data.lockedBy, until: new Date(r.data.until) });
    } else if (r?.ok && r.data.acquired) {
      untilRef.current = new Date(r.data.until).getTime();
      state.set({ kind: "idle" });
      events.current?.freed();
    } else if (r && !r.ok) {
      await events.current?.refused(r);
    } else {
      state.set({ kind: "retrying", reason: "offline" });
      events.current?.offline();
    }
  }

  return {
    ensure,
    showHolder,
    /** A save or publish renews (or ends) the lock on the server. */
    heldFor: (ms: number | null) => void (untilRef.current = ms === null ? null : Date.now() + ms),
    /** Leaving the page with nothing unsaved: give the lock to the next editor. */
    release() {
      if (!untilRef.current) return;
      untilRef.current = null;
      void releasePlanLock({ collaborationId }).catch(() => undefined);
    },
  };
}
