// The same schema runs in the browser and on the server; these are the rules a worker meets.
import { describe, expect, it } from "vitest";
import { newCollaborationSchema } from "@/lib/collaborations/schema.ts";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import { newCollaborationInput } from "../fixtures/builders.ts";

const errorsOf = (input: unknown) => {
  const r = newCollaborationSchema.safeParse(input);
  return r.success ? {} : fieldErrorsFromZod(r.error);
};

describe("new collaboration form rules", () => {
  it("accepts a family with one guardian and one child, and normalises what was typed", () => {
    const r = newCollaborationSchema.parse(
      newCollaborationInput({ guardians: [{ firstName: "  maija  ", lastName: "Virtanen", phone: " ", email: " Maija@Esimerkki.FI ", language: "fi" }] }),
    );
    expect(r.guardians[0]).toEqual({ firstName: "maija", lastName: "Virtanen", phone: null, email: "maija@esimerkki.fi", language: "fi" });
    expect(r.children[0]!.birthYear).toBe(2019);
  });

  it("keeps no markup: angle brackets are refused, not escaped and stored", () => {
    expect(errorsOf(newCollaborationInput({ children: [{ firstName: "<b>Eetu</b>", birthYear: "2019" }] }))).toEqual({ "children.0.firstName": "invalidName" });
  });

  it("refuses zero-width and control characters hidden in a name", () => {
    expect(errorsOf(newCollaborationInput({ children: [{ firstName: "Ee\u200Btu", birthYear: "2019" }] }))).toHaveProperty(["children.0.firstName"], "invalidName");
    expect(errorsOf(newCollaborationInput({ children: [{ firstName: "Ee\u0000tu", birthYear: "2019" }] }))).toHaveProperty(["children.0.firstName"], "invalidName");
  });

  it("accepts Finnish, Swedish and other scripts", () => {
    for (const name of ["Äänekoski-Öhman", "Åsa", "Zoë", "Nguyễn", "Мария", "D'Artagnan"]) {
      expect(errorsOf(newCollaborationInput({ children: [{ firstName: name, birthYear: "2019" }] }))).toEqual({});
    }
  });

  it("limits guardians to four and children to ten", () => {
    const g = { firstName: "A", lastName: "B", phone: "", email: "", language: "fi" };
    expect(errorsOf(newCollaborationInput({ guardians: [g, g, g, g, g] }))).toEqual({ guardians: "tooMany:4" });
  });
});
