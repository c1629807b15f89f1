// Is this error the database being away (try again later) rather than a bug?
// Sockets answer it UNAVAILABLE (server/realtime/command.ts) and HTTP 503
// UNAVAILABLE (server/http/api.ts): "not saved, try again", never a 500.
/**
 * The database could not be reached or dropped the connection: the command was
 * not saved, and trying again later can work. What arrives (checked by
 * tests/integration/faults-postgres-outage.test.ts):
 * - Prisma's "can't reach / timed out" family (P1001, P1008, P1017, P2024…),
 *   with the driver adapter's error in `meta.driverAdapterError.cause`
 *   (`kind: "DatabaseNotReachable"`, or `kind: "postgres"` with the server's
 *   SQLSTATE, e.g. 57P01 when the server shuts down);
 * - node-postgres's own errors, which carry no code: "Connection terminated
 *   unexpectedly" (a pooled connection cut under a query), "timeout exceeded
 *   when trying to connect";
 * - socket errors (ECONNREFUSED…) and SQLITE_BUSY.
 */
export function isStorageError(error: unknown): boolean {
  // biome-ignore lint/suspicious/noExplicitAny: walks any thrown value's cause chain, reading code and message only if they are strings
  for (let e = error as Record<string, any> | null | undefined, depth = 0; e && typeof e === "object" && depth < 5; e = e.cause, depth++) {
    const code = typeof e.code === "string" ? e.code : "";
    if (/^P10\d\d$/.test(code) || code === "P2024" || code === "P2037") return true;
    if (STORAGE_ERROR_CODES.has(code) || isUnavailableSqlState(code)) return true;
    if (typeof e.message === "string" && PG_CONNECTION_MESSAGES.test(e.message)) return true;
    const adapter = e.meta?.driverAdapterError?.cause;
    if (adapter && typeof adapter === "object") {
      if (UNAVAILABLE_ADAPTER_KINDS.has(adapter.kind)) return true;
      if (isUnavailableSqlState(String(adapter.originalCode ?? adapter.code ?? ""))) return true;
    }
  }
  return false;
}

const STORAGE_ERROR_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "SQLITE_BUSY"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// "Query read timeout": node-postgres's query_timeout (server/db.ts), a connection that went silent
const PG_CONNECTION_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Query read timeout)/;

/** PostgreSQL SQLSTATEs for "the server is going away or not there": connection exceptions (08…), shutdown (57P01–57P03), too many connections, a statement timeout. */
function isUnavailableSqlState(code: string): boolean {
  // 57014: a statement cancelled by statement_timeout (server/db.ts); trying again later can work
  return /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === "53300" || code === "57014";
}
