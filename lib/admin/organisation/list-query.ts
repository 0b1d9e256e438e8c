import { z } from "zod";

/** ?q=…&page=… of the organisation lists; anything odd falls back to the first page, no search. */
export const listQuerySchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export async function readListQuery(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return listQuerySchema.parse({ q: one(raw.q), page: one(raw.page) });
}
