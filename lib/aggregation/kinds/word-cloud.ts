// Word cloud: how many participants used each (normalised) word.
//
// Moderation rule: a word-cloud response counts in the cloud unless the
// facilitator has hidden it. Pending (and never-moderated) responses are
// included, because word clouds are moderated automatically — each word is
// normalised and profanity is dropped (lib/words.ts) — and a cloud that waited
// for a human to approve every word would stay empty in a live session. The
// facilitator can still hide a whole response at any time (status "hidden"),
// which takes all of its words out. Hidden responses still count as answers
// for the threshold: someone did answer.
//
// The safety net is the exception: a response whose words match its phrase
// list (lib/distress-phrases.ts, e.g. "suicidal") is held out of the cloud
// until the facilitator approves that response on its own.
import { cloudWordsFromAnswer } from "../../words";
import { isProfaneIn } from "../../profanity";
import { defaultSafetyNet, type SafetyNet } from "../../distress-phrases";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";
import type { ModerationQueueEntry, ModerationStatus, ResponseInput, WordCloudResult } from "../types";
import { compareStrings, fnv1a, statusOf, type ModeratedTally, type StableOrderKey } from "./tally";

/** At most this many words are shown; more make a cloud unreadable on a projector. */
export const WORD_CLOUD_MAX_WORDS = 60;

export interface WordCloudContribution {
  /** The words as submitted: a moderation decision re-sends them unchanged, and then nothing is recomputed. */
  raw: readonly string[];
  responseId: string;
  status: ModerationStatus;
  /** Distinct, normalised, non-profane words. */
  words: string[];
  /** Words the profanity filter dropped (for the moderation queue). */
  filteredCount: number;
  /** The safety net matched the words as submitted: counted only once approved. */
  care: boolean;
}

/** Whether this response's words are in the cloud now. */
const counts = (c: WordCloudContribution) => (c.care ? c.status === "approved" : c.status !== "hidden");

export class WordCloudTally implements ModeratedTally<"word_cloud", WordCloudContribution> {
  /** `safetyNet`: the session's (the built-in lists plus its template's own phrases); `locale`: the session's language. */
  constructor(
    private readonly safetyNet: SafetyNet = defaultSafetyNet,
    private readonly locale: Locale = DEFAULT_LOCALE,
  ) {}

  private readonly counts = new Map<string, number>();
  // Profanity verdicts for the words seen in this prompt. Kept per prompt (not
  // module-wide) so participants' words live no longer than the prompt's state.
  private readonly profaneMemo = new Map<string, boolean>();
  private readonly memoisedIsProfane = (word: string): boolean => {
    let verdict = this.profaneMemo.get(word);
    if (verdict === undefined) {
      verdict = isProfaneIn(this.locale, word);
      this.profaneMemo.set(word, verdict);
    }
    return verdict;
  };

  read(response: ResponseInput<"word_cloud">, previous?: WordCloudContribution): WordCloudContribution | null {
    const raw = response.value?.words;
    if (!Array.isArray(raw) || !raw.every((w) => typeof w === "string")) return null;
    const responseId = response.id ?? "";
    const status = statusOf(response);
    if (previous !== undefined && sameWords(previous.raw, raw)) {
      return { ...previous, responseId, status };
    }
    const { words, profaneCount } = cloudWordsFromAnswer(raw, this.memoisedIsProfane, this.locale);
    return { raw: [...raw], responseId, status, words, filteredCount: profaneCount, care: this.safetyNet(raw.join(" · ")) };
  }
  add(c: WordCloudContribution): void {
    if (!counts(c)) return;
    for (const w of c.words) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }
  remove(c: WordCloudContribution): void {
    if (!counts(c)) return;
    for (const w of c.words) {
      const left = (this.counts.get(w) ?? 0) - 1;
      // Deleting at zero keeps the map as small as the cloud, however many
      // words came and went.
      if (left > 0) this.counts.set(w, left);
      else this.counts.delete(w);
    }
  }
  /** Most used first, then alphabetically (code-unit order); capped at WORD_CLOUD_MAX_WORDS. */
  result(): WordCloudResult {
    const words = [...this.counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || compareStrings(a.word, b.word));
    return { words: words.slice(0, WORD_CLOUD_MAX_WORDS), distinctWords: words.length };
  }

  queueEntry(c: WordCloudContribution): ModerationQueueEntry {
    const entry: ModerationQueueEntry = { kind: "word_cloud", status: c.status, words: [...c.words], filteredCount: c.filteredCount };
    if (c.care) entry.mayNeedCare = true;
    if (c.responseId !== "") entry.responseId = c.responseId;
    return entry;
  }
  orderKey(c: WordCloudContribution): StableOrderKey {
    const text = c.words.join(" ");
    return { hash: fnv1a(text), text, responseId: c.responseId };
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
