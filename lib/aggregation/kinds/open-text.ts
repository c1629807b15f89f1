// Open text: the wall of approved answers.
//
// Only entries the facilitator approved are ever in the result: pending
// (including never-moderated) and hidden entries never appear, because open
// text is free-form and is shown on the projector only after a person has
// read it. All of them count as answers for the threshold.
import { isProfaneIn } from "../../profanity";
import { defaultSafetyNet, type SafetyNet } from "../../distress-phrases";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import type { ModerationQueueEntry, ModerationStatus, OpenTextEntry, OpenTextResult, ResponseInput } from "../types";
import { compareOrderKeys, fnv1a, statusOf, type ModeratedTally, type StableOrderKey } from "./tally";

export interface OpenTextContribution {
  responseId: string;
  status: ModerationStatus;
  text: string;
  key: StableOrderKey;
  /** Memo of the profanity check, computed when the queue first needs it. */
  flagged?: boolean;
  /** Memo of the safety net's check (lib/distress-phrases.ts), likewise. */
  care?: boolean;
}

export class OpenTextTally implements ModeratedTally<"open_text", OpenTextContribution> {
  // Approved entries kept in wall order, so a snapshot never sorts: each
  // approval or removal is a binary search plus one splice.
  private readonly approved: OpenTextContribution[] = [];

  /** `safetyNet`: the session's (the built-in lists plus its template's own phrases); `locale`: the session's language (which profanity is flagged). */
  constructor(
    private readonly safetyNet: SafetyNet = defaultSafetyNet,
    private readonly locale: Locale = DEFAULT_LOCALE,
  ) {}

  read(response: ResponseInput<"open_text">): OpenTextContribution | null {
    const text = response.value?.text;
    if (typeof text !== "string" || text.trim() === "") return null;
    const responseId = response.id ?? "";
    return { responseId, status: statusOf(response), text, key: { hash: fnv1a(text), text, responseId } };
  }
  add(c: OpenTextContribution): void {
    if (c.status !== "approved") return;
    this.approved.splice(this.firstNotBefore(c.key), 0, c);
  }
  remove(c: OpenTextContribution): void {
    if (c.status !== "approved") return;
    // Entries with an equal key sit together from firstNotBefore on; find this one by identity.
    for (let i = this.firstNotBefore(c.key); i < this.approved.length; i++) {
      if (this.approved[i] === c) {
        this.approved.splice(i, 1);
        return;
      }
      if (compareOrderKeys(this.approved[i]!.key, c.key) !== 0) break;
    }
  }
  /** Approved entries in a stable, shuffled-looking order (see fnv1a in ./tally). */
  result(): OpenTextResult {
    return { entries: this.approved.map(toEntry) };
  }

  /** Index of the first approved entry whose key is not before `key`. */
  private firstNotBefore(key: StableOrderKey): number {
    let lo = 0;
    let hi = this.approved.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareOrderKeys(this.approved[mid]!.key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  queueEntry(c: OpenTextContribution): ModerationQueueEntry {
    c.flagged ??= isProfaneIn(this.locale, c.text);
    c.care ??= this.safetyNet(c.text);
    const entry: ModerationQueueEntry = { kind: "open_text", status: c.status, text: c.text, flagged: c.flagged };
    if (c.care) entry.mayNeedCare = true;
    if (c.responseId !== "") entry.responseId = c.responseId;
    return entry;
  }
  orderKey(c: OpenTextContribution): StableOrderKey {
    return c.key;
  }
}

function toEntry(c: OpenTextContribution): OpenTextEntry {
  return c.responseId === "" ? { text: c.text } : { responseId: c.responseId, text: c.text };
}
