import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    // integration and e2e suites start real servers and browsers
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
