import type { Prisma } from "./generated/client.ts";
import type { Db } from "./create-client.ts";

export type { Db };
/** A Prisma transaction client; domain functions take it so callers can compose transactions. */
export type Tx = Prisma.TransactionClient;
/**
 * For functions that work both inside and outside a transaction. The full client is structurally a
 * transaction client, so this is simply Tx (a `Db | Tx` union overflows TypeScript's type checker).
 */
export type DbOrTx = Tx;
