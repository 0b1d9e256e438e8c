// The organisation forms' shared zod schemas (browser and server), and the module error keys
// ("adminOrganisation.errors.<key>") reaching the field and its translated text.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { fi } from "@/lib/i18n/messages/fi.ts";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { roomSchema, teamSchema } from "@/lib/admin/organisation/schema.ts";

const UNIT = "6f1c7a5e-2b8d-4c3a-9e1f-0a2b3c4d5e6f";

describe("room capacity", () => {
  it.each(["1", "200", 8])("accepts %j", (capacity) => {
    expect(roomSchema.safeParse({ unitId: UNIT, name: "Huone", capacity, accessible: true }).success).toBe(true);
  });

  it.each(["0", "201", "10000", "-3", "1.5", "", "kaksi"])("refuses %j with the capacity message", (capacity) => {
    const r = roomSchema.safeParse({ unitId: UNIT, name: "Huone", capacity, accessible: true });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsFromZod(r.error)).toEqual({ capacity: "adminOrganisation.errors.capacityRange" });
  });
});

describe("a team needs an area", () => {
  it.each([{ areaId: "" }, {}, { areaId: "   " }])("refuses %j with its own message", (area) => {
    const r = teamSchema.safeParse({ name: "Tiimi", ...area });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsFromZod(r.error)).toEqual({ areaId: "adminOrganisation.errors.areaRequired" });
  });
});

describe("module error keys", () => {
  it("are translated from the module's messages, while plain keys stay under errors", () => {
    const root = createTranslator({ locale: "fi", messages: fi });
    const errors = createTranslator({ locale: "fi", messages: fi, namespace: "errors" });
    expect(translateErrorKey(errors as never, "adminOrganisation.errors.capacityRange", root as never)).toBe("Anna henkilömäärä kokonaislukuna 1–200.");
    expect(translateErrorKey(errors as never, "required", root as never)).toBe(fi.errors.required);
  });
});
