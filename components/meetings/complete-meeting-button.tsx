"use client";
// Päätä tapaaminen: publishes the plan agreed in the meeting. What is still missing is listed,
// each item linking to the part of the meeting where it is recorded.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { completeMeeting } from "@/lib/meetings/server-actions.ts";
import { useActionCall } from "@/components/ui/use-action-call.ts";

const PARTS = ["attendance", "thingsNeedingChange", "actions", "followUpWorkerToFamily", "followUpFamilyToWorker", "nextContactAt", "responsibleWorkers"] as const;
type Part = (typeof PARTS)[number];

/** "plan.actions.0.who" → "actions"; "attendance" → "attendance". */
function partOf(path: string): Part | null {
  const [first, second] = path.split(".");
  const key = first === "plan" ? second : first;
  return (PARTS as readonly string[]).includes(key ?? "") ? (key as Part) : null;
}

export function CompleteMeetingButton({ meetingId, planHref }: { meetingId: string; planHref: string }) {
  const t = useTranslations("meetingRun.complete");
  const te = useTranslations("errors");
  const router = useRouter();
  // The busy state and a lost connection come from the shared call; the refusal is listed by part below.
  const { busy, call } = useActionCall();
  const [problems, setProblems] = useState<{ part: Part | null; text: string }[]>([]);
  const [confirming, setConfirming] = useState(false);

  async function onComplete() {
    const result = await call(() => completeMeeting({ meetingId }));
    setConfirming(false);
    if (!result) return setProblems([{ part: null, text: translateErrorKey(te, "unexpected") }]);
    if (result.ok) {
      setProblems([]);
      router.refresh();
      return;
    }
    const entries = Object.entries(result.fieldErrors);
    const seen = new Set<string>();
    const list = entries.flatMap(([path, key]) => {
      const part = partOf(path);
      const id = part ?? path;
      if (seen.has(id)) return [];
      seen.add(id);
      return [{ part, text: translateErrorKey(te, key) }];
    });
    setProblems(list.length > 0 ? list : [{ part: null, text: translateErrorKey(te, result.message) }]);
  }

  return (
    <div>
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t("button")}
        </button>
      ) : (
        <div className="card" role="group" aria-labelledby="complete-confirm">
          <p id="complete-confirm">{t("confirm")}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onComplete} disabled={busy}>
              {t("confirmYes")}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t("confirmNo")}
            </button>
          </div>
        </div>
      )}
      <div role="alert">
        {problems.length > 0 && (
          <div className="error-summary">
            <p>
              <strong>{t("missing")}</strong>
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.part ? (
                    <Link href={p.part === "attendance" ? "#welcome" : planHref}>{t(`parts.${p.part}`)}</Link>
                  ) : null}
                  {p.part ? ": " : ""}
                  {p.text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
