// Action definitions of the admin's organisation section: schema, policy and domain function, run by
// runSecureAction. The role rule answers NOT_FOUND to anyone but an admin: to them the actions do not exist.
import type { z } from "zod";
import { defineAction, type SecureActionDefinition } from "../../actions/secure-action.ts";
import { organisationWide } from "../../authz/policies.ts";
import { saveMunicipality } from "./save-municipality.ts";
import { saveArea } from "./save-area.ts";
import { saveUnit } from "./save-unit.ts";
import { saveRoom } from "./save-room.ts";
import { saveTeam } from "./save-team.ts";
import { setOrganisationActive } from "./set-active.ts";
import { addTeamMember } from "./add-team-member.ts";
import { removeTeamMember } from "./remove-team-member.ts";
import { addTeamMemberSchema, areaSchema, municipalitySchema, removeTeamMemberSchema, roomSchema, setActiveSchema, teamSchema, unitSchema } from "./schema.ts";

type OrganisationRun<S extends z.ZodType, T> = SecureActionDefinition<S, { scope: "organisation" }, T>["run"];

function adminAction<S extends z.ZodType, T>(name: string, schema: S, run: OrganisationRun<S, T>) {
  return defineAction({ name, capability: "admin.manage", schema, policy: organisationWide, run });
}

export const saveMunicipalityAction = adminAction("admin.municipality.save", municipalitySchema, ({ tx, user, input }) => saveMunicipality(tx, user, input));
export const saveAreaAction = adminAction("admin.area.save", areaSchema, ({ tx, user, input }) => saveArea(tx, user, input));
export const saveUnitAction = adminAction("admin.unit.save", unitSchema, ({ tx, user, input }) => saveUnit(tx, user, input));
export const saveRoomAction = adminAction("admin.room.save", roomSchema, ({ tx, user, input }) => saveRoom(tx, user, input));
export const saveTeamAction = adminAction("admin.team.save", teamSchema, ({ tx, user, input }) => saveTeam(tx, user, input));
export const setOrganisationActiveAction = adminAction("admin.organisation.setActive", setActiveSchema, ({ tx, user, input }) => setOrganisationActive(tx, user, input));
export const addTeamMemberAction = adminAction("admin.teamMember.add", addTeamMemberSchema, ({ tx, user, input }) => addTeamMember(tx, user, input));
export const removeTeamMemberAction = adminAction("admin.teamMember.remove", removeTeamMemberSchema, ({ tx, user, input }) => removeTeamMember(tx, user, input));
