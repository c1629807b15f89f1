// `npm start`: build the pages if needed, then run the server in production mode.
import { spawnSync } from "node:child_process";
import { assertSupportedNode } from "../server/supported-node";
import { fileURLToPath } from "node:url";

assertSupportedNode();

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(import.meta.resolve("tsx/cli"));

const build = spawnSync(process.execPath, [tsx, "scripts/ensure-build.ts"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

// Replace this process's job with the server; signals are forwarded to it.
const { spawn } = await import("node:child_process");
const server = spawn(process.execPath, [tsx, "server/index.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
