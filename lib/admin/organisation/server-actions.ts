"use server";
// Server actions of the admin's organisation section (admins only; NOT_FOUND to anyone else).
import { serverAction } from "../../actions/server-action.ts";
import {
  addTeamMemberAction,
  removeTeamMemberAction,
  saveAreaAction,
  saveMunicipalityAction,
  saveRoomAction,
  saveTeamAction,
  saveUnitAction,
  setOrganisationActiveAction,
} from "./actions.ts";

export const saveMunicipality = serverAction(saveMunicipalityAction);
export const saveArea = serverAction(saveAreaAction);
export const saveUnit = serverAction(saveUnitAction);
export const saveRoom = serverAction(saveRoomAction);
export const saveTeam = serverAction(saveTeamAction);
export const addTeamMember = serverAction(addTeamMemberAction);
export const removeTeamMember = serverAction(removeTeamMemberAction);
export const setOrganisationActive = serverAction(setOrganisationActiveAction);
