"use server";
// Server action of the adoption stages: a coordinator changes a municipality's stage (in scope only;
// anything else is NOT_FOUND).
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { changeStageAction } from "@/lib/reports/adoption.ts";
import type { AdoptionStage } from "@/lib/db/generated/enums.ts";

export async function changeMunicipalityStage(input: unknown): Promise<ActionState<{ id: string; currentStage: AdoptionStage }>> {
  return runSecureAction(changeStageAction, { db, user: await currentUser() }, input);
}
