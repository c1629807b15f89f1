// Reading one cookie out of a Cookie header (or document.cookie, which has the same shape).
import { safeDecode } from "./safe-decode";

/** The value of cookie `name` (percent-decoded), or null when the header has none. */
export function readCookie(header: string | undefined | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return safeDecode(rest.join("="));
  }
  return null;
}
