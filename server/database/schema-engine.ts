// Prisma's schema engine (the part of `prisma migrate` that diffs schemas and
// applies migrations), in its official WebAssembly build. The native binary
// cannot be downloaded on Hearth's machines; this build runs anywhere Node
// does, reaching the database through a Prisma driver adapter.
//
// The package's entry point does `import * as wasm from "./x.wasm"`, which Node
// 20 only allows with --experimental-wasm-modules. So we load its JS glue
// (schema_engine_bg.js) ourselves and instantiate the .wasm next to it: no
// Node flags, and nothing is loaded until a migration actually has to run.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";

type EngineGlue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** Hearth has no externally managed tables or enums. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

let loading: Promise<EngineGlue> | undefined;

/** Loads and instantiates the wasm once per process (about 5 MB, ~60 ms). */
export function loadSchemaEngine(): Promise<EngineGlue> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined; // let a later call retry
    throw new Error(`Could not load Prisma's schema engine (@prisma/schema-engine-wasm): ${String(error)}`, {
      cause: error,
    });
  });
  return loading;
}

async function instantiate(): Promise<EngineGlue> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue: EngineGlue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const module = await WebAssembly.compile(await readFile(gluePath.replace(/\.js$/, ".wasm")));
  // wasm-bindgen output imports everything from its glue file (one module name).
  const imports = Object.fromEntries(WebAssembly.Module.imports(module).map((entry) => [entry.module, glue as unknown as WebAssembly.ModuleImports]));
  const instance = await WebAssembly.instantiate(module, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export interface EngineLogLine {
  level: string;
  message: string;
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  /** Rewrites an engine error into one that says what failed, in plain words. */
  explain(error: unknown, context: string): Error;
  close(): Promise<void>;
}

/** What the engine works through: see migration-connections.ts. */
export interface EngineConnection {
  factory: SqlMigrationAwareDriverAdapterFactory;
  lastDatabaseError(): string | undefined;
  close(): Promise<void>;
}

export interface OpenSchemaEngineOptions {
  /** The Prisma schema the engine should know (needed by diff/createMigration, not by applyMigrations). */
  schema?: { path: string; content: string };
  /** Names the database in errors, e.g. "SQLite /srv/hearth/data/hearth.db". */
  databaseDescription?: string;
  onLog?: (line: EngineLogLine) => void;
}

/**
 * Starts an engine on `connection`. The engine connects to the database at
 * once; `close()` frees the engine and then every connection it opened
 * (the engine does not dispose adapters itself, and a lingering SQLite
 * connection keeps a lock, a lingering pg pool keeps the process alive).
 */
export async function openSchemaEngine(connection: EngineConnection, options: OpenSchemaEngineOptions = {}): Promise<SchemaEngineSession> {
  const { SchemaEngine } = await loadSchemaEngine();
  const bound = bindMigrationAwareSqlAdapterFactory(connection.factory);
  const warnings: string[] = [];
  const onLog = (raw: string) => {
    const line = parseLogLine(raw);
    if (line.level === "WARN" || line.level === "ERROR") warnings.push(line.message);
    options.onLog?.(line);
  };

  const explain = (error: unknown, context: string) =>
    explainEngineError(error, context, {
      registeredError: (id) => bound.errorRegistry.consumeError(id)?.error,
      lastDatabaseError: connection.lastDatabaseError(),
      warnings,
    });

  let engine: SchemaEngine;
  try {
    engine = await SchemaEngine.new({ datamodels: options.schema ? [[options.schema.path, options.schema.content]] : undefined }, onLog, bound);
  } catch (error) {
    const explained = explain(error, `Could not connect to ${options.databaseDescription ?? "the database"}`);
    await connection.close().catch(() => undefined);
    throw explained;
  }

  return {
    engine,
    explain,
    async close() {
      engine.free();
      await connection.close();
    },
  };
}

function parseLogLine(raw: unknown): EngineLogLine {
  try {
    const parsed = JSON.parse(String(raw)) as { level?: string; fields?: { message?: string } };
    return { level: parsed.level ?? "INFO", message: parsed.fields?.message ?? String(raw) };
  } catch {
    return { level: "INFO", message: String(raw) };
  }
}

/**
 * Engine errors carry a Prisma code (P3018…), a message, a Rust span trace,
 * and for database failures only "External error id#N": the real error sits
 * in the adapter's error registry. Keep the message, drop the trace, put the
 * database's own words back in.
 */
function explainEngineError(error: unknown, context: string, sources: { registeredError: (id: number) => unknown; lastDatabaseError?: string; warnings: string[] }): Error {
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  let message = raw
    .split("\n")
    .filter((line) => !/^\s+\d+: \S+::/.test(line) && !/^\s+(at|with) /.test(line))
    .join("\n")
    .replace(/External error id#(\d+)/g, (match, id: string) => describeDriverError(sources.registeredError(Number(id))) ?? match)
    .trim();
  if (sources.lastDatabaseError && !message.includes(sources.lastDatabaseError)) {
    message += `\nDatabase error: ${sources.lastDatabaseError}`;
  }
  if (sources.warnings.length > 0) message += `\nEngine warnings:\n  ${sources.warnings.join("\n  ")}`;
  const explained = new Error(`${context}${typeof code === "string" ? ` (${code})` : ""}:\n${message}`, {
    cause: error,
  });
  if (typeof code === "string") Object.assign(explained, { code });
  return explained;
}

function describeDriverError(error: unknown): string | undefined {
  if (!error) return undefined;
  const cause = (error as { cause?: { originalMessage?: string; kind?: string } }).cause;
  if (cause?.originalMessage) return cause.originalMessage;
  if (error instanceof Error) return error.message;
  return String(error);
}
