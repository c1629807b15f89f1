// Better Auth signs cookies with a secret. A self-hosted install should not
// have to invent one: when BETTER_AUTH_SECRET is unset we generate one on the
// first start and keep it beside the database, so cookies survive restarts.
// Several processes (PostgreSQL + Redis deployments) must share one: set the
// variable there.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function readOrCreateSecret(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
