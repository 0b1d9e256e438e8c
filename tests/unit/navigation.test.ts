import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/auth/navigation.ts";
import { landingPath } from "@/lib/auth/session-user.ts";
import { currentHref } from "@/components/layout/main-nav.tsx";

describe("navigation by role", () => {
  it("gives each role its own pages and nothing else", () => {
    expect(navigationFor({ roles: ["FRONTLINE_WORKER"] }).map((i) => i.href)).toEqual(["/families", "/follow-up", "/families/new", "/calendar"]);
    expect(navigationFor({ roles: ["TEAM_MEMBER"] }).map((i) => i.href)).toEqual(["/families", "/follow-up", "/invitations", "/calendar"]);
    expect(navigationFor({ roles: ["COORDINATOR"] }).map((i) => i.href)).toEqual(["/coordinator"]);
    expect(navigationFor({ roles: ["ADMIN"] }).map((i) => i.href)).toEqual(["/admin"]);
    expect(navigationFor({ roles: ["GUIDANCE_WORKER"] }).map((i) => i.href)).toEqual(["/families", "/follow-up", "/families/new", "/guidance", "/calendar"]);
  });

  it("combines the pages of a user with several roles", () => {
    expect(navigationFor({ roles: ["FRONTLINE_WORKER", "ADMIN"] }).map((i) => i.href)).toEqual(["/families", "/follow-up", "/families/new", "/calendar", "/admin"]);
  });

  it("lands each role on its own page", () => {
    expect(landingPath({ roles: ["FRONTLINE_WORKER"] })).toBe("/families");
    expect(landingPath({ roles: ["TEAM_MEMBER"] })).toBe("/invitations");
    expect(landingPath({ roles: ["GUIDANCE_WORKER"] })).toBe("/guidance");
    expect(landingPath({ roles: ["COORDINATOR"] })).toBe("/coordinator");
    expect(landingPath({ roles: ["ADMIN"] })).toBe("/admin");
  });

  it("marks the most specific matching item as the current page", () => {
    const items = [{ href: "/families", label: "" }, { href: "/families/new", label: "" }];
    expect(currentHref(items, "/families/new")).toBe("/families/new");
    expect(currentHref(items, "/families/123")).toBe("/families");
    expect(currentHref(items, "/familiesx")).toBeUndefined();
  });
});
