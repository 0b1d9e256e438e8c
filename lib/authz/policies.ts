// Named per-object rules for actions whose object needs no lookup. Each says why in its name, so
// the registry (and a reader) can tell "nothing to check" from "forgot to check".
import type { SessionUser } from "../auth/session-user.ts";
import type { DbOrTx } from "../db/types.ts";
import { notFound } from "../errors/app-error.ts";

/**
 * The action touches only the signed-in user's own rows: the user comes from the session, the
 * input names no other user, and the domain function scopes every query by `user.id`.
 */
export async function ownRowsOnly({ user }: { user: Pick<SessionUser, "id"> }): Promise<{ ownerId: string }> {
  return { ownerId: user.id };
}

/**
 * The object is the whole organisation (an admin's settings, users, units): the capability
 * (`admin.manage`) is the whole rule, and it is checked before the input is read.
 */
export async function organisationWide(): Promise<{ scope: "organisation" }> {
  return { scope: "organisation" };
}

/** Own rows, of an account that is still active: a deactivated user gets no new calendar feed. */
export async function ownActiveAccount({ tx, user }: { tx: DbOrTx; user: Pick<SessionUser, "id"> }): Promise<{ ownerId: string }> {
  const me = await tx.user.findFirst({ where: { id: user.id, active: true }, select: { id: true } });
  if (!me) throw notFound();
  return { ownerId: me.id };
}
