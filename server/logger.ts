// One structured logger (pino). Never log participant tokens or answer text:
// log ids and counts only.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ["token", "participantToken", "*.token", "*.participantToken", "value", "*.value", "text", "*.text"], censor: "[redacted]" },
  });
}
