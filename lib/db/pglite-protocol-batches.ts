// pglite-socket serves many client connections through one PGlite session. It queues each protocol
// message separately and keeps one connection's messages together only while PGlite reports an open
// transaction. But an extended-protocol exchange (Parse, Bind, Describe, Execute … Sync) is one unit
// that shares the session's unnamed statement and portal, and PGlite only learns of the implicit
// transaction when Sync answers ReadyForQuery. When a client's exchange arrives in two TCP chunks,
// another connection's Parse could slip in between and replace the unnamed statement, failing with
// "bind message supplies 4 parameters, but prepared statement "" requires 2".
// This patch makes the queue also stay with a connection from its first extended-protocol message
// until its Sync (or a simple Query/Terminate), exactly as it already does inside a transaction.
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

interface QueuedQuery {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: Error): void;
}

/** The private shape of pglite-socket 0.2.x's QueryQueueManager that this patch relies on. */
interface QueryQueue {
  queue: QueuedQuery[];
  processing: boolean;
  db: PGlite;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Frontend messages that end an exchange: Sync, simple Query, Terminate. */
const ENDS_EXCHANGE = new Set(["S", "Q", "X"]);

/** Whether a client message leaves its connection inside an unfinished extended-protocol exchange. */
export function opensOrContinuesExchange(message: Uint8Array): boolean {
  // Startup, SSL and cancel requests have no type byte: their first byte is part of a length.
  const type = message[0];
  if (type === undefined || type < 0x41 /* 'A' */ || type > 0x7a /* 'z' */) return false;
  return !ENDS_EXCHANGE.has(String.fromCharCode(type));
}

export function keepProtocolExchangesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== "function") {
    throw new Error("pglite-socket internals changed: review lib/db/pglite-protocol-batches.ts before upgrading");
  }
  // The connection whose exchange is open, if any.
  let openExchange: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const stayWith = openExchange ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = stayWith === null ? 0 : this.queue.findIndex((q) => q.handlerId === stayWith);
        // The connection in the middle of its exchange has not sent the rest yet: wait for it.
        if (index === -1) break;
        const [query] = this.queue.splice(index, 1) as [QueuedQuery];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(query.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                query.onData(data);
              },
            }),
          );
        } catch (error) {
          openExchange = null;
          query.reject(error as Error);
          continue;
        }
        openExchange = opensOrContinuesExchange(query.message) ? query.handlerId : null;
        this.lastHandlerId = query.handlerId;
        query.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    // A connection that went away mid-exchange must not hold up everyone else.
    if (openExchange === handlerId) {
      openExchange = null;
      void queue.processQueue();
    }
  };
}
