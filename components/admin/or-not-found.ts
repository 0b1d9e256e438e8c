import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error.ts";

/** A lib query's NOT_FOUND (missing, or not an admin) becomes the page's 404. */
export function orNotFound<T>(p: Promise<T>): Promise<T> {
  return p.catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
}
