export const ORG_PAGE_SIZE = 25;

/** Page number and search text from the query string, bounded. */
export function paging(opts: { page?: number; q?: string }) {
  const page = Math.max(1, Math.min(100_000, Math.floor(opts.page ?? 1) || 1));
  const q = (opts.q ?? "").normalize("NFC").trim().slice(0, 100);
  return { page, q, skip: (page - 1) * ORG_PAGE_SIZE, take: ORG_PAGE_SIZE };
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / ORG_PAGE_SIZE));
