// The database connections the schema engine works through, one factory per
// provider. They differ from the app's connections in three ways, each a
// workaround for a gap between @prisma/schema-engine-wasm 8.1 and the 7.10
// driver adapters, found by running them:
//
// 1. Every connection is tracked and closed by us: the engine never disposes
//    the adapters it opens. We also keep the database's last error message:
//    the engine sometimes reports only its own paraphrase (P1014 "The
//    underlying table for model `X` does not exist").
// 2. SQLite: when the engine replays migrations into the shadow database it
//    sends each whole migration.sql through executeRaw, and better-sqlite3
//    refuses a string with more than one statement. We run those as scripts.
// 3. PostgreSQL: the engine's introspection reads catalog columns of type
//    "char" (OID 18), which adapter-pg rejects as an unsupported type. We
//    relabel those columns as text (pg already parsed the value as a string).
//    adapter-pg's own connectToShadowDb also keeps the main database when the
//    config is a connection string, so we create the shadow database ourselves.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { withPostgresDatabase } from "./database-url";
import { sqliteAdapterFactory } from "./sqlite-connection";

export interface MigrationConnection {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The database's own message for the last failed statement, if any. */
  lastDatabaseError(): string | undefined;
  /** Disposes every connection opened so far, and drops any shadow database. */
  close(): Promise<void>;
}

/** `filePath` is an absolute path, or ":memory:" when only diffing. */
export function sqliteMigrationConnection(filePath: string): MigrationConnection {
  const inner = sqliteAdapterFactory(filePath);
  const tracker = new ConnectionTracker();
  return {
    factory: {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: async () => tracker.adapter(acceptMultiStatementRaw(await inner.connect())),
      connectToShadowDb: async () => tracker.adapter(acceptMultiStatementRaw(await inner.connectToShadowDb())),
    },
    lastDatabaseError: () => tracker.lastError,
    close: () => tracker.close(),
  };
}

function acceptMultiStatementRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/.test(String((error as Error)?.message))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/**
 * `url` is the database to migrate. When diffing, it only needs to be a
 * database on a server where we may CREATE DATABASE (for the shadow).
 */
export function postgresMigrationConnection(url: string): MigrationConnection {
  const tracker = new ConnectionTracker();
  const open = async (databaseUrl: string) => {
    const pool = new pg.Pool({ connectionString: databaseUrl, Client: CharAsTextClient, max: 4 });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    return tracker.adapter(adapter);
  };
  return {
    factory: {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => open(url),
      connectToShadowDb: async () => {
        const name = `hearth_shadow_${randomBytes(6).toString("hex")}`;
        await runAdminStatement(url, `CREATE DATABASE "${name}"`);
        // Registered before the adapter so it runs after the adapter's pool is closed.
        tracker.onClose(() => runAdminStatement(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
        return open(withPostgresDatabase(url, name));
      },
    },
    lastDatabaseError: () => tracker.lastError,
    close: () => tracker.close(),
  };
}

/** One statement on its own short-lived connection (CREATE/DROP DATABASE cannot run in a pool transaction). */
export async function runAdminStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelCharColumns<T>(result: T): T {
  for (const part of (Array.isArray(result) ? result : [result]) as QueryResultLike[]) {
    for (const field of part?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/** pg.Pool runs queries through this client class; see note 3 at the top. */
class CharAsTextClient extends pg.Client {
  // pg.Client#query has a dozen overloads (callback or promise); forward them all.
  // biome-ignore lint/suspicious/noExplicitAny: forwards every one of pg.Client#query's overloads unchanged
  override query(...args: any[]): any {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : relabelCharColumns(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(relabelCharColumns) : returned;
  }
}

class ConnectionTracker {
  lastError: string | undefined;
  private readonly closeSteps: (() => Promise<unknown>)[] = [];

  onClose(step: () => Promise<unknown>): void {
    this.closeSteps.push(step);
  }

  /** Tracks `adapter`: remembers its errors, closes it in close(), makes dispose() safe to call twice. */
  adapter<T extends SqlDriverAdapter>(adapter: T): T {
    for (const method of ["executeScript", "executeRaw", "queryRaw"] as const) {
      const original = (adapter[method] as (arg: never) => Promise<unknown>).bind(adapter);
      // async + await: some adapters throw synchronously instead of rejecting.
      (adapter as Record<string, unknown>)[method] = async (arg: never) => {
        try {
          return await original(arg);
        } catch (error) {
          this.lastError = databaseMessage(error);
          throw error;
        }
      };
    }
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose());
    this.onClose(() => adapter.dispose());
    return adapter;
  }

  /** Last opened, first closed; one failing step does not stop the others. */
  async close(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.closeSteps.splice(0).reverse()) {
      await step().catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) {
      throw new AggregateError(failures, `Closing the migration connections failed: ${failures.map(String).join("; ")}`);
    }
  }
}

/** Adapters throw DriverAdapterError whose cause holds the driver's original message. */
function databaseMessage(error: unknown): string {
  const cause = (error as { cause?: { originalMessage?: unknown } } | null)?.cause;
  if (typeof cause?.originalMessage === "string") return cause.originalMessage;
  return error instanceof Error ? error.message : String(error);
}
