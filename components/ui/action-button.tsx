"use client";
// A button that calls one server action: disabled while it runs, the refusal announced next to it
// (role=alert), an optional success notice (role=status), and then the page refreshed — or the
// caller's own next step.
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { useActionCall } from "./use-action-call.ts";

export interface ActionButtonProps<T> {
  action: () => Promise<ActionState<T>>;
  children: ReactNode;
  /** Shown on the button while the action runs. */
  busyLabel?: ReactNode;
  /** After success; default: refresh the page's server data. */
  onDone?: (data: T) => void;
  /** Refresh after a refusal too (e.g. someone else was faster: show the new state). */
  refreshOnFailure?: boolean;
  /** Announced after success. */
  doneText?: string;
  className?: string;
  /** Inside a line of text or a table cell: spans instead of blocks. */
  inline?: boolean;
  /** The error's id, so the button is described by it. */
  errorId?: string;
  /** A hint the button is described by (e.g. what the action does). */
  hintId?: string;
}

export function ActionButton<T>({ action, children, busyLabel, onDone, refreshOnFailure, doneText, className = "button", inline, errorId, hintId }: ActionButtonProps<T>) {
  const router = useRouter();
  const { busy, error, call } = useActionCall();
  const [done, setDone] = useState(false);
  async function onClick() {
    setDone(false);
    const result = await call(action);
    if (result?.ok) {
      setDone(true);
      if (onDone) onDone(result.data);
      else router.refresh();
    } else if (result && refreshOnFailure) router.refresh();
  }
  const Box = inline ? "span" : "div";
  const Text = inline ? "span" : "p";
  const describedBy = [hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <Box className={inline ? "action-button inline" : "action-button"}>
      <button type="button" className={className} onClick={() => void onClick()} disabled={busy} aria-describedby={describedBy}>
        {busy && busyLabel ? busyLabel : children}
      </button>
      {doneText && <Box role="status">{done && !error && <Text className={inline ? "notice-inline" : "notice"}>{doneText}</Text>}</Box>}
      <Box role="alert" aria-live="assertive">
        {error && (
          <Text id={errorId} className={inline ? "field-error" : "alert"}>
            {error}
          </Text>
        )}
      </Box>
    </Box>
  );
}
