import type { Prisma } from "./generated/client.ts";
import type { Db } from "./create-client.ts";

export type { Db };
/** A Prisma transaction client; domain functions take it so callers can compose transactions. */
export type Tx = Prisma.TransactionClient;
/** Either the client or a transaction: for functions that work in both. */
export type DbOrTx = Db | Tx;
