// The server's configuration, read once from the environment and checked with
// zod, so a typo fails at start with a clear message instead of at 3 a.m.
// Every variable has a default that makes `npm start` work with nothing set.
import { z } from "zod";

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** file:./data/hearth.db (default, SQLite) or postgresql://… */
  DATABASE_URL: z
    .string()
    .refine((u) => u.startsWith("file:") || /^postgres(ql)?:\/\//.test(u), {
      message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    })
    .optional(),
  /** redis://… enables the Socket.IO Redis adapter for several processes */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** the address participants use, e.g. https://hearth.example.org (join link, QR code, allowed origin) */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** signs facilitator session cookies; generated and kept in data/ when unset */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** reverse proxies whose X-Forwarded-For is believed: IPs, CIDR ranges, "loopback", "private" (comma-separated) */
  TRUST_PROXY: z.string().optional(),
  /** who may create a facilitator account once the first exists: open | invite (default) | closed */
  HEARTH_SIGNUP: z.enum(["open", "invite", "closed"]).default("invite"),
  /** days after a session ends when its responses are deleted automatically (a session may choose fewer; 0: at the end) */
  HEARTH_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /** where a participant's "Leave quickly" goes: a neutral site (components/quick-exit.tsx) */
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** "1": also serve the right-to-left test locale (lib/i18n/locales.ts) */
  HEARTH_TEST_LOCALES: z.enum(["", "0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Hearth cannot start: invalid environment\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * A neutral page that looks like everyday browsing: a search engine's front
 * page is what domestic-violence services' quick-exit buttons commonly use.
 */
export const DEFAULT_QUICK_EXIT_URL = "https://www.google.com/";

/** The participant pages' quick-exit address (read per request, so a bad value never takes the page down). */
export function quickExitUrl(source: NodeJS.ProcessEnv = process.env): string {
  const parsed = envSchema.shape.QUICK_EXIT_URL.safeParse(source.QUICK_EXIT_URL || undefined);
  return (parsed.success && parsed.data) || DEFAULT_QUICK_EXIT_URL;
}
