// One structured logger (pino). Never log participant tokens or answer text:
// log ids and counts only.
import pino, { type Logger } from "pino";

export type { Logger };

/** `destination`: where lines go (default stdout); tests capture them in memory. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info", destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: ["token", "participantToken", "*.token", "*.participantToken", "value", "*.value", "text", "*.text"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
