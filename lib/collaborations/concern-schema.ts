// Puheeksiotto: the opening record of the joint work, made together with the family (seed 001).
import { z } from "zod";
import { plainText } from "../validation/text.ts";
import { ENTRY_ROUTES } from "./schema.ts";

export const CONCERN_ZONES = ["NONE", "SMALL", "GREY", "GREAT"] as const;
const TEXT_MAX = 2000;

export const concernSchema = z.object({
  collaborationId: z.uuid({ error: "notFound" }),
  entryRoute: z.enum(ENTRY_ROUTES, { error: "invalidChoice" }),
  lapsetPuheeksiHeld: z.boolean({ error: "invalidChoice" }),
  strengthsHome: plainText(TEXT_MAX),
  vulnerabilitiesHome: plainText(TEXT_MAX),
  strengthsEcecSchool: plainText(TEXT_MAX),
  vulnerabilitiesEcecSchool: plainText(TEXT_MAX),
  strengthsFreeTime: plainText(TEXT_MAX),
  vulnerabilitiesFreeTime: plainText(TEXT_MAX),
  /** The worker's own zone of concern; optional ("" = not recorded). */
  concernZone: z.union([z.literal(""), z.enum(CONCERN_ZONES)], { error: "invalidChoice" }),
  situationMapping: plainText(TEXT_MAX),
  /** The family's own wishes for help: the core of the model, so required. */
  familyWishes: plainText(TEXT_MAX, { required: true }),
  meetingTopics: plainText(TEXT_MAX),
  needIdentifiedTogether: z.boolean({ error: "invalidChoice" }),
});

export type ConcernInput = z.input<typeof concernSchema>;
export type Concern = z.output<typeof concernSchema>;
