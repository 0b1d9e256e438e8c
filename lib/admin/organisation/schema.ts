// Organisation forms of the admin (municipalities, areas, units, rooms, teams, team members), shared
// by the browser (react-hook-form) and the server. Message keys are errors.<key> or, for texts of
// this section, adminOrganisation.errors.<key>.
import { z } from "zod";
import { Expertise, MunicipalityLanguage, ServiceSector } from "../../db/generated/enums.ts";
import { plainText } from "../../validation/text.ts";

export const ORG_ERRORS = {
  capacityRange: "adminOrganisation.errors.capacityRange",
  areaRequired: "adminOrganisation.errors.areaRequired",
  unitRequired: "adminOrganisation.errors.unitRequired",
  municipalityRequired: "adminOrganisation.errors.municipalityRequired",
  duplicateName: "adminOrganisation.errors.duplicateName",
  alreadyMember: "adminOrganisation.errors.alreadyMember",
  inactiveParent: "adminOrganisation.errors.inactiveParent",
  userNotActive: "adminOrganisation.errors.userNotActive",
} as const;

export const ROOM_CAPACITY_MIN = 1;
export const ROOM_CAPACITY_MAX = 200;

const id = z.uuid({ error: "invalidChoice" });
/** "" or missing: create a new row; an id: edit that one. */
const optionalId = z.union([z.literal(""), id]).optional().transform((v) => v || null);
/** A required choice whose absence has its own message ("choose the area"). */
const requiredRef = (message: string) => z.string({ error: message }).trim().min(1, message).pipe(id);
const orgName = plainText(120, { required: true });

export const municipalitySchema = z.object({
  id: optionalId,
  countyId: requiredRef("required"),
  name: orgName,
  nameSv: plainText(120).transform((v) => v || null),
  language: z.enum(MunicipalityLanguage, { error: "invalidChoice" }),
});

export const areaSchema = z.object({
  id: optionalId,
  municipalityId: requiredRef(ORG_ERRORS.municipalityRequired),
  name: orgName,
});

export const unitSchema = z.object({
  id: optionalId,
  areaId: requiredRef(ORG_ERRORS.areaRequired),
  name: orgName,
  sector: z.enum(ServiceSector, { error: "invalidChoice" }),
});

/** Capacity: a whole number of people, 1–200; "0" and "10000" are typing mistakes, not rooms. */
const capacity = z.coerce
  .number({ error: ORG_ERRORS.capacityRange })
  .int(ORG_ERRORS.capacityRange)
  .min(ROOM_CAPACITY_MIN, ORG_ERRORS.capacityRange)
  .max(ROOM_CAPACITY_MAX, ORG_ERRORS.capacityRange);

export const roomSchema = z.object({
  id: optionalId,
  unitId: requiredRef(ORG_ERRORS.unitRequired),
  name: orgName,
  capacity,
  accessible: z.boolean().default(false),
});

export const teamSchema = z.object({
  id: optionalId,
  areaId: requiredRef(ORG_ERRORS.areaRequired),
  name: orgName,
});

export const ORG_KINDS = ["municipality", "area", "unit", "room", "team"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Retiring (active=false) or reactivating one organisation row; nothing is ever deleted. */
export const setActiveSchema = z.object({
  kind: z.enum(ORG_KINDS, { error: "invalidChoice" }),
  id,
  active: z.boolean({ error: "invalidChoice" }),
});

export const addTeamMemberSchema = z.object({
  teamId: id,
  userId: z.string({ error: "required" }).trim().min(1, "required").pipe(id),
  expertise: z.enum(Expertise, { error: "invalidChoice" }),
});

export const removeTeamMemberSchema = z.object({ teamMemberId: id });

export type MunicipalityInput = z.output<typeof municipalitySchema>;
export type AreaInput = z.output<typeof areaSchema>;
export type UnitInput = z.output<typeof unitSchema>;
export type RoomInput = z.output<typeof roomSchema>;
export type TeamInput = z.output<typeof teamSchema>;
export type SetActiveInput = z.output<typeof setActiveSchema>;
export type AddTeamMemberInput = z.output<typeof addTeamMemberSchema>;
