import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getCollaboration } from "@/lib/collaborations/get-collaboration.ts";

/** Loads a collaboration for its pages: not yours and not there are both a plain 404. */
export async function loadCollaboration(id: string) {
  const user = await requireUser();
  try {
    return { user, collaboration: await getCollaboration(db, user, id) };
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
