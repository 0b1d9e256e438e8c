// A page's role rule: a page the user's roles do not reach answers 404, like a page that does not exist.
import { notFound } from "next/navigation";
import type { SessionUser } from "../auth/session-user.ts";
import { can, type Capability } from "./capabilities.ts";

export function allowPage(user: Pick<SessionUser, "roles">, capability: Capability): void {
  if (!can(user, capability)) notFound();
}
