// A production logger at `trace` level whose lines are kept in memory, for
// tests that read every line the server logged (privacy: no token, answer or
// session text may be in any of them).
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../server/logger";

export function capturedLog(): { logger: Logger; text(): string } {
  const lines: string[] = [];
  const memory = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("trace", memory), text: () => lines.join("") };
}
