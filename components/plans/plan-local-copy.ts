// The copy of the plan kept on this device while the server does not have the text (a lost
// connection, an ended session, someone else's lock), so typed text is never lost; and the
// comparison the autosave uses to know whether anything changed.
import { PLAN_ACTION_SETTINGS, type PlanDraftInput } from "@/lib/plans/schema.ts";

export type Content = Pick<PlanDraftInput, "thingsNeedingChange" | "actions" | "followUpWorkerToFamily" | "followUpFamilyToWorker" | "nextContactAt">;

export interface LocalCopy {
  savedAt: number;
  values: Content;
}

/** What the autosave compares: the plan's content, in a fixed order. */
export function contentJson(v: Content): string {
  return JSON.stringify([
    v.thingsNeedingChange,
    (v.actions ?? []).map((a) => [a.actionId, a.setting, a.description, a.who, a.dueDate, a.place]),
    v.followUpWorkerToFamily,
    v.followUpFamilyToWorker,
    v.nextContactAt,
  ]);
}

function contentOf(v: PlanDraftInput): Content {
  return {
    thingsNeedingChange: v.thingsNeedingChange,
    actions: v.actions,
    followUpWorkerToFamily: v.followUpWorkerToFamily,
    followUpFamilyToWorker: v.followUpFamilyToWorker,
    nextContactAt: v.nextContactAt,
  };
}

const isString = (x: unknown): x is string => typeof x === "string";

/** The device copy is read back from localStorage: accept only the form's own shape. */
function isContent(v: unknown): v is Content {
  const c = v as Record<string, unknown> | null;
  return (
    !!c &&
    isString(c.thingsNeedingChange) &&
    isString(c.followUpWorkerToFamily) &&
    isString(c.followUpFamilyToWorker) &&
    isString(c.nextContactAt) &&
    Array.isArray(c.actions) &&
    c.actions.every((a: Record<string, unknown> | null) => !!a && isString(a.actionId) && (PLAN_ACTION_SETTINGS as readonly unknown[]).includes(a.setting) && isString(a.description) && isString(a.who) && isString(a.dueDate) && isString(a.place))
  );
}

export interface DeviceCopy {
  store(values: PlanDraftInput): void;
  clear(): void;
  read(): LocalCopy | null;
}

/** The device copy of one collaboration's plan for one user. */
export function deviceCopy(collaborationId: string, userId: string): DeviceCopy {
  const key = `yhteinen-aika:plan-draft:${collaborationId}:${userId}`;
  return {
    store(values) {
      try {
        localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values: contentOf(values) } satisfies LocalCopy));
      } catch {
        // Storage full or disabled: the text is still in the form.
      }
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {
        // nothing to clear
      }
    },
    read() {
      try {
        const raw = localStorage.getItem(key);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as { savedAt?: unknown; values?: unknown };
        return typeof parsed.savedAt === "number" && isContent(parsed.values) ? { savedAt: parsed.savedAt, values: parsed.values } : null;
      } catch {
        return null;
      }
    },
  };
}
