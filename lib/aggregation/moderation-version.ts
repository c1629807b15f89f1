// A short fingerprint of a moderated answer's content (open text, word cloud).
// The console sends back the fingerprint of what the facilitator saw with each
// moderation decision; an answer edited since then (an edit keeps its id and
// goes back to "pending") no longer matches, so it is never approved unseen.
// Computed from the content only, so key order in the stored JSON (PostgreSQL's
// jsonb sorts keys) does not matter.
import { fnv1a } from "./kinds/tally";

export function moderationVersion(value: unknown): string {
  const v = (value ?? {}) as { text?: unknown; words?: unknown };
  const content = typeof v.text === "string" ? v.text : Array.isArray(v.words) ? v.words.join("\u0000") : "";
  return fnv1a(content).toString(36);
}
