/**
 * Awaits queries one after another, for code that runs inside a transaction. A transaction holds
 * one connection, so Promise.all gains nothing there: pg only queues the queries (a deprecated
 * use of its client). Prisma's queries are lazy — they start when awaited — so building the list
 * first and awaiting it here runs them strictly in order.
 */
export async function inOrder<T extends readonly unknown[]>(queries: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}
