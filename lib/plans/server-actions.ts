"use server";
// Server actions of the joint plan page: the draft and its lock, naming the responsible workers,
// publishing, and reloading the saved working copy after a conflict.
import { serverAction } from "../actions/server-action.ts";
import { acquirePlanLockAction, nameResponsibleWorkersAction, publishPlanAction, releasePlanLockAction, reloadPlanAction, savePlanDraftAction } from "./actions.ts";

export const savePlanDraft = serverAction(savePlanDraftAction);
export const acquirePlanLock = serverAction(acquirePlanLockAction);
export const releasePlanLock = serverAction(releasePlanLockAction);
export const nameResponsibleWorkers = serverAction(nameResponsibleWorkersAction);
export const publishPlan = serverAction(publishPlanAction);
export const reloadPlan = serverAction(reloadPlanAction);
