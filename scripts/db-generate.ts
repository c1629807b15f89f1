// Generates both Prisma clients (generated/sqlite, generated/postgresql).
// Runs as npm's postinstall, so a fresh clone works after `npm install`.
//
// `prisma generate` does not need the native schema engine, but Prisma's CLI
// still tries to download it first, which fails offline. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at a stub that exists skips the download.
import { spawn } from "node:child_process";
import { chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { DatabaseProvider } from "../server/database/database-url";
import { projectRoot } from "../server/database/project-root";

const PROVIDERS: DatabaseProvider[] = ["sqlite", "postgresql"];

async function main(): Promise<void> {
  const root = projectRoot();
  const stub = path.join(root, "scripts", "prisma-engine-stub");
  try {
    chmodSync(stub, 0o755); // in case a checkout lost the executable bit
  } catch {
    // read-only checkouts keep whatever mode they have
  }
  const env = {
    ...process.env,
    // A real engine, when someone has one, wins over the stub.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    CHECKPOINT_DISABLE: "1", // no update check over the network
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

  const started = performance.now();
  // One after the other: in parallel they only fight over the CPU.
  for (const provider of PROVIDERS) {
    const config = path.join("prisma", provider, "prisma.config.ts");
    const code = await run(process.execPath, [cli, "generate", "--config", config], { cwd: root, env });
    if (code !== 0) throw new Error(`prisma generate failed for prisma/${provider}/schema.prisma (exit code ${code}).`);
  }
  console.log(`Generated Prisma clients in generated/sqlite and generated/postgresql (${Math.round(performance.now() - started)} ms).`);
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", resolve);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
