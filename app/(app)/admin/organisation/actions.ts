"use server";
// Server actions of the admin's organisation section (municipalities, areas, units, rooms, teams and
// members). Thin: each runs its SecureActionDefinition, whose policy answers NOT_FOUND to non-admins.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import {
  addTeamMemberAction,
  removeTeamMemberAction,
  saveAreaAction,
  saveMunicipalityAction,
  saveRoomAction,
  saveTeamAction,
  saveUnitAction,
  setOrganisationActiveAction,
} from "@/lib/admin/organisation/actions.ts";

type Saved = ActionState<{ id: string }>;

export async function saveMunicipality(input: unknown): Promise<Saved> {
  return runSecureAction(saveMunicipalityAction, { db, user: await currentUser() }, input);
}
export async function saveArea(input: unknown): Promise<Saved> {
  return runSecureAction(saveAreaAction, { db, user: await currentUser() }, input);
}
export async function saveUnit(input: unknown): Promise<Saved> {
  return runSecureAction(saveUnitAction, { db, user: await currentUser() }, input);
}
export async function saveRoom(input: unknown): Promise<Saved> {
  return runSecureAction(saveRoomAction, { db, user: await currentUser() }, input);
}
export async function saveTeam(input: unknown): Promise<Saved> {
  return runSecureAction(saveTeamAction, { db, user: await currentUser() }, input);
}
export async function addTeamMember(input: unknown): Promise<Saved> {
  return runSecureAction(addTeamMemberAction, { db, user: await currentUser() }, input);
}
export async function removeTeamMember(input: unknown): Promise<Saved> {
  return runSecureAction(removeTeamMemberAction, { db, user: await currentUser() }, input);
}
export async function setOrganisationActive(input: unknown): Promise<ActionState<{ id: string; active: boolean }>> {
  return runSecureAction(setOrganisationActiveAction, { db, user: await currentUser() }, input);
}
