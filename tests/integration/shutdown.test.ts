// `npm start`'s server process: it listens, prints where to go, and on
// SIGTERM/SIGINT stops accepting, closes sockets and the database and exits 0
// within the grace period.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { io } from "socket.io-client";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");

function startServerProcess(dir: string) {
  const child = spawn(process.execPath, [tsx, "server/index.ts"], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${path.join(dir, "hearth.db")}`,
      BETTER_AUTH_SECRET: "x".repeat(40),
      LOG_LEVEL: "info",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout.on("data", () => {
      const match = /On this computer:\s+(http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace("localhost", "127.0.0.1"));
      }
    });
  });
  return { child, url, output: () => output };
}

describe.each(["SIGTERM", "SIGINT"] as const)("graceful shutdown on %s", (signal) => {
  it("prints its addresses, serves, then exits 0 promptly, closing sockets", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hearth-shutdown-"));
    const server = startServerProcess(dir);
    try {
      const url = await server.url;
      expect(server.output()).toMatch(/Participants join at:/);
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: "ok", database: "sqlite", redis: "not configured" });

      const client = io(url, { transports: ["websocket"], reconnection: false, extraHeaders: { origin: url } });
      await new Promise<void>((resolve, reject) => {
        client.once("connect", resolve);
        client.once("connect_error", reject);
      });
      const disconnected = new Promise((resolve) => client.once("disconnect", resolve));
      const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
      const started = Date.now();
      server.child.kill(signal);
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(5000);
      await disconnected;
      expect(server.output()).toMatch(/shutting down/);
    } finally {
      server.child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
