// Build the pages if the sources changed since the last build.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";

const root = fileURLToPath(new URL("..", import.meta.url));

if (buildIsCurrent(root)) {
  console.log("Hearth: the page build is up to date.");
} else {
  console.log("Hearth: building the pages (first start, or the sources changed)…");
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve("next/dist/bin/next")), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  recordBuild(root);
}
