// Evaluated before every other module of the server (server/index.ts imports
// it first): refuse an unsupported Node.js before a native driver can crash,
// and read `.env` into process.env so every later reader sees one environment.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertSupportedNode } from "./supported-node";

assertSupportedNode();

/**
 * Loads `<root>/.env` if there is one. Variables already set in the real
 * environment win (Node's own rule for process.loadEnvFile), so
 * `PORT=4000 npm start` still overrides a PORT in .env.
 */
export function loadDotEnv(root: string = fileURLToPath(new URL("..", import.meta.url))): boolean {
  const file = join(root, ".env");
  if (!existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}

loadDotEnv();
