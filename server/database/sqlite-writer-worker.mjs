// The SQLite writer's thread (./sqlite-writer.ts starts it). It has its own
// better-sqlite3 connection to the same file, with the same pragmas, and runs
// the statements the main thread sends, one at a time, each its own
// transaction; it answers with the rows they return.
//
// Plain JavaScript on purpose: a worker is started from a file, and the
// TypeScript loaders Hearth runs under (tsx in production, Vite in the tests)
// transform only the thread they were started in.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.filePath, { timeout: workerData.busyTimeoutMs });
db.exec(workerData.pragmas);
// What this connection overwrites is zeroed, not left in free pages: it replaces answers and
// releases (which hold answer text), and deleting a session's answers must leave none of it.
db.pragma("secure_delete = ON");

/** Prepared statements by their text: a batch's text depends only on its row count, so a few are reused all the time. */
const statements = new Map();
const MAX_STATEMENTS = 400;

function prepared(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

parentPort.on("message", (message) => {
  if (message.close) {
    db.close();
    parentPort.close();
    return;
  }
  const { id, sql, params } = message;
  try {
    const statement = prepared(sql);
    if (statement.reader) parentPort.postMessage({ id, rows: statement.all(params) });
    else {
      statement.run(params);
      parentPort.postMessage({ id, rows: [] });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: typeof error?.code === "string" ? error.code : undefined } });
  }
});
