// A plain HTML post of the public forms (no JavaScript) reads into the same input the JSON endpoint
// and react-hook-form produce: checkboxes as booleans, radio groups by name, the answers by question;
// React's own action fields ignored; the size counted like the JSON body, and a file refused.
import { describe, expect, it } from "vitest";
import { contactInputFromFormData } from "@/lib/contact/contact-form-data.ts";
import { contactFormSchema, CONTACT_LIMITS } from "@/lib/contact/schema.ts";
import { feedbackInputFromFormData, FEEDBACK_POST_LIMIT } from "@/lib/feedback/feedback-form-data.ts";

function post(entries: [string, string | Blob][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

describe("the contact form as posted", () => {
  const valid: [string, string][] = [
    ["$ACTION_ID_abc", ""],
    ["municipalityId", "0b8f6a7e-6d2b-4c2e-9a43-6a3f3f1f0c11"],
    ["childrenAges", "3 ja 8"],
    ["message", "Apua iltoihin"],
    ["contactPreference", "EMAIL"],
    ["phone", ""],
    ["email", "perhe@example.fi"],
    ["contactTimes", ""],
    ["language", "fi"],
    ["interpreterLanguage", ""],
    ["privacyAcknowledged", "on"],
    ["website", ""],
  ];

  it("is the input the schema accepts, a ticked box true and an unticked one false", () => {
    const { input, tooLarge, hasFile } = contactInputFromFormData(post(valid));
    expect(tooLarge).toBe(false);
    expect(hasFile).toBe(false);
    expect(input).toMatchObject({ contactPreference: "EMAIL", privacyAcknowledged: true, interpreterNeeded: false, website: "" });
    expect(input).not.toHaveProperty("$ACTION_ID_abc");
    expect(contactFormSchema.safeParse(input).success).toBe(true);
  });

  it("leaves an unchosen radio group undefined, so the schema asks for it", () => {
    const { input } = contactInputFromFormData(post(valid.filter(([k]) => k !== "contactPreference" && k !== "privacyAcknowledged")));
    const parsed = contactFormSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["contactPreference", "privacyAcknowledged"]));
  });

  it("counts the size like the JSON endpoint and notices a file", () => {
    expect(contactInputFromFormData(post([...valid, ["message", "x".repeat(CONTACT_LIMITS.body)]])).tooLarge).toBe(true);
    expect(contactInputFromFormData(post([...valid, ["upload", new Blob(["x"])]])).hasFile).toBe(true);
  });
});

describe("the feedback form as posted", () => {
  it("gathers the answers by question and keeps the code and the comment", () => {
    const { input, tooLarge } = feedbackInputFromFormData(
      post([
        ["code", "7K2QMX9D4B"],
        ["respondent", "PARENT"],
        ["answers.felt_heard", "5"],
        ["answers.knows_next_steps", "skip"],
        ["comment", "Hyvä"],
      ]),
    );
    expect(input).toEqual({ code: "7K2QMX9D4B", answers: { felt_heard: "5", knows_next_steps: "skip" }, comment: "Hyvä" });
    expect(tooLarge).toBe(false);
    expect(feedbackInputFromFormData(post([["comment", "y".repeat(FEEDBACK_POST_LIMIT)]])).tooLarge).toBe(true);
  });
});
