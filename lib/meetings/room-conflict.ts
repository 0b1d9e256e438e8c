import { AppError } from "../errors/app-error.ts";

/** True when the error is PostgreSQL refusing an overlapping booking (exclusion constraint, 23P01). */
export function isRoomOverlap(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) {
    const o = e as { code?: string; message?: string; meta?: unknown };
    if (o.code === "23P01" || o.message?.includes("RoomBooking_no_overlap") || JSON.stringify(o.meta ?? "").includes("RoomBooking_no_overlap")) return true;
  }
  return false;
}

/** Runs a booking write; an overlap becomes a field error instead of a 500. */
export async function bookOrExplain<T>(write: () => Promise<T>, field = "roomId"): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isRoomOverlap(err)) throw new AppError("VALIDATION", { fieldErrors: { [field]: "roomTaken" } });
    throw err;
  }
}
