// The Prisma client: SQLite (better-sqlite3, the embedded default) or
// PostgreSQL (pg), chosen by DATABASE_URL. Both generated clients have the same
// API (they come from the same models), so the rest of the app uses one type,
// `Db`, taken from the SQLite client.
//
// Migrations are not applied here (see server/migrate.ts), so importing this
// module never loads the schema engine. There is no process-wide singleton:
// startHearth creates the app's client and passes it down, and tests create
// as many independent databases as they like.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as PostgresPrismaClient } from "../generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "../generated/sqlite/client";
import { parseDatabaseUrl, type DatabaseProvider } from "./database/database-url";
import { type BatchStatements, prismaBatchStatements } from "./database/batch-statements";
import { sqliteAdapterFactory, type SqliteSynchronous } from "./database/sqlite-connection";
import { createSqliteWriter } from "./database/sqlite-writer";

export type Db = SqlitePrismaClient;
export type { DatabaseProvider };

export interface Database {
  prisma: Db;
  provider: DatabaseProvider;
  /** the hot-path batches (answers, new participants): on SQLite's writer thread, or through Prisma (./database/batch-statements.ts) */
  batchStatements: BatchStatements;
  /** One round trip to the database (health checks); rejects when it does not answer. */
  ping(): Promise<void>;
  /** What would make "Saved ✓" weaker than promised on this database, in words for the operator's log (empty: nothing). */
  durabilityWarnings(): Promise<string[]>;
  close(): Promise<void>;
}

/** how long a health check waits for the database */
export const PING_TIMEOUT_MS = 2000;
/** how long a PostgreSQL command waits for a pooled connection (to connect, or for one to be free) */
const CONNECT_TIMEOUT_MS = 5000;
/**
 * The longest one PostgreSQL statement may take, on the server
 * (statement_timeout) and as seen from here (query_timeout). The client-side
 * limit is what matters in a partition: the connection stays open but nothing
 * comes back, and without it a query would wait until TCP gives up (minutes);
 * with it the command fails, the phone hears UNAVAILABLE and re-sends, and the
 * pool drops that connection. Hearth's largest statements (a summary or a
 * retention delete of 100,000 answers) take about a second.
 */
export const PG_QUERY_TIMEOUT_MS = 10_000;

/**
 * The PostgreSQL pool. Every new connection first sets, for its session:
 * - `synchronous_commit = on`: "Saved ✓" is acknowledged after COMMIT returns,
 *   and with `off` (a server or database default someone may have set for
 *   speed) a crash could still lose it;
 * - `statement_timeout`: a runaway statement ends on the server too.
 * They are sent as SET statements rather than startup parameters, which
 * connection poolers such as PgBouncer refuse. `query_timeout` is this
 * process's own limit, the one that holds in a partition.
 *
 * A pooler in transaction mode does not keep a SET either: it hands each
 * transaction to whichever server connection is free. Measured through
 * PgBouncer 1.18 (pool_mode = transaction, 3 server connections, 8 of
 * Hearth's): 68 of 200 statements ran without these settings. Nothing in a
 * connection's session can fix that, so at start Hearth reads the default
 * every new server connection gets (pg_settings.reset_val: the role's,
 * database's or server's setting, never this session's SET) and warns when it
 * is `off` (see postgresDurabilityWarnings).
 */
function postgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: PG_QUERY_TIMEOUT_MS });
  pool.on("connect", (client) => {
    // queued before any query the pool hands this connection out for
    client.query(`SET synchronous_commit = on; SET statement_timeout = ${PG_QUERY_TIMEOUT_MS}`).catch(() => undefined);
  });
  return pool;
}

export const DEFAULT_DATABASE_URL = "file:./data/hearth.db";

/** DATABASE_URL, or the SQLite file data/hearth.db in the project root. Relative `file:` paths are made absolute from the project root. */
export function databaseUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const configured = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  return parseDatabaseUrl(configured).url;
}

/** A new, independent client (tests make several). Call close() when done. */
export function createDatabase(databaseUrl: string, options: { sqliteSynchronous?: SqliteSynchronous } = {}): Database {
  const target = parseDatabaseUrl(databaseUrl);
  const prisma: Db =
    target.provider === "sqlite"
      ? new SqlitePrismaClient({ adapter: sqliteAdapterFactory(target.filePath, { synchronous: options.sqliteSynchronous }) })
      : // Same models, same API; only the generated SQL dialect differs.
        (new PostgresPrismaClient({
          // A command fails within CONNECT_TIMEOUT_MS when the database does not answer
          // (UNAVAILABLE, "not saved") instead of waiting on a connection forever.
          adapter: new PrismaPg(postgresPool(target.url), { disposeExternalPool: true }),
        }) as unknown as Db);
  const sqliteWriter = target.provider === "sqlite" ? createSqliteWriter(target.filePath, { synchronous: options.sqliteSynchronous }) : null;
  return {
    prisma,
    provider: target.provider,
    batchStatements: sqliteWriter ?? prismaBatchStatements(prisma),
    async ping() {
      // a database that does not answer at all must still make /api/health say 503, promptly
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the database did not answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
      });
      try {
        await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async durabilityWarnings() {
      if (target.provider !== "postgresql") return [];
      const rows = await prisma.$queryRaw<{ reset_val: string }[]>`SELECT reset_val FROM pg_settings WHERE name = 'synchronous_commit'`;
      return postgresDurabilityWarnings(rows[0]?.reset_val);
    },
    async close() {
      // the writer first: a batch in flight there is answered before the connections go
      await sqliteWriter?.close();
      await prisma.$disconnect();
    },
  };
}

/**
 * The warning for a PostgreSQL whose connections start with
 * synchronous_commit = off. Hearth's own SET covers direct connections, but
 * not a pooler in transaction mode (see postgresPool), so the fix has to be
 * on the role or the database. `local`, `remote_write`, `on` and
 * `remote_apply` all wait for the local WAL flush: only `off` is unsafe.
 */
export function postgresDurabilityWarnings(defaultSynchronousCommit: string | undefined): string[] {
  if (defaultSynchronousCommit !== "off") return [];
  return [
    "PostgreSQL starts new connections with synchronous_commit = off. Hearth turns it on for its own " +
      "connections, but a connection pooler in transaction mode (PgBouncer) does not keep that, and then a " +
      "crash of PostgreSQL can lose answers a phone was told were saved. Set it where every connection " +
      "gets it: ALTER ROLE <hearth's role> SET synchronous_commit = on (or in postgresql.conf).",
  ];
}
