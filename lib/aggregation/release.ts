// No differencing: a breakdown, once shown, changes only in steps of at least
// k participants.
//
// The threshold k keeps a breakdown hidden until k people answered. That is
// not enough on its own: once results are shown, a chart that moves a moment
// after someone taps their phone tells the room what that person said. So the
// breakdown anyone sees (room, phones, console, summary, exports) is a
// *release*: a snapshot taken when at least k answers existed, replaced only
// when at least k participants' visible contributions differ from the ones
// in the release. What differs is decided per participant (a new answer, a
// changed one, an answer turned into a pass, an open-text answer approved for
// the wall), so the step between two releases always mixes k people.
//
// A release remembers, per participant, a short fingerprint of what it
// counted (not the answer itself), which is all that is needed to count the
// participants who differ. Fingerprint collisions can only make two different
// contributions look equal, which delays a release, never hastens one.
import type { ActivityKind } from "../activities";
import { fnv1a } from "./kinds/tally";
import { answerMayNeedCare, defaultSafetyNet, type SafetyNet } from "../distress-phrases";
import type { KindResult, ResponseInput } from "./types";

/** A breakdown as it was shown, and what it was made of. Plain JSON: it is stored with the prompt. */
export type Release<K extends ActivityKind = ActivityKind> = {
  /** Bumped by every release of the prompt, so concurrent releasers (several processes) cannot both win. */
  generation: number;
  /** The breakdown as it was shown. */
  result: KindResult[K];
  /** Answers behind `result`: the participants it counts (for open text, the entries on the wall). */
  shownCount: number;
  /** participantId → fingerprint of what `result` counted for them. */
  fingerprints: Record<string, string>;
  /**
   * Word clouds only: participantId → the words `result` counted for them.
   * Hiding an answer must take out the words the room was shown, and the
   * answer may have been edited since (its current words are not in `result`).
   */
  cloudWords?: Record<string, string[]>;
};

/**
 * A fingerprint of what this response adds to the breakdown anyone sees, or
 * null when it adds nothing (a pass; an open-text answer not approved for the
 * wall; a hidden word-cloud answer, or one the safety net holds).
 */
export function visibleFingerprint(kind: ActivityKind, response: ResponseInput | null | undefined, safetyNet: SafetyNet = defaultSafetyNet): string | null {
  if (!response || response.passed || response.value === null || response.value === undefined) return null;
  if (kind === "open_text" && response.moderation !== "approved") return null;
  if (kind === "word_cloud" && response.moderation === "hidden") return null;
  // the safety net holds such words out of the cloud until approved on their own (kinds/word-cloud.ts)
  if (kind === "word_cloud" && response.moderation !== "approved" && answerMayNeedCare(response.value, safetyNet)) return null;
  const text = JSON.stringify(response.value);
  // two independent 32-bit hashes: collisions only delay a release (see the header)
  return `${fnv1a(text).toString(36)}.${fnv1a(`${text}\u0000`).toString(36)}`;
}

/** Whether what `release` counted for one participant differs from their `fingerprint` now. */
export function differsFromRelease(release: Pick<Release, "fingerprints"> | null, participantId: string, fingerprint: string | null): boolean {
  return (release?.fingerprints[participantId] ?? null) !== fingerprint;
}

/** The participants whose visible contributions differ from what `release` counted. */
export function differingFrom(release: Pick<Release, "fingerprints"> | null, current: ReadonlyMap<string, string | null>): Set<string> {
  const differing = new Set<string>();
  for (const [participantId, fingerprint] of current) if (differsFromRelease(release, participantId, fingerprint)) differing.add(participantId);
  for (const participantId of Object.keys(release?.fingerprints ?? {})) if (!current.has(participantId)) differing.add(participantId);
  return differing;
}

/** How many participants' visible contributions differ from what `release` counted. */
export function changedSince(release: Pick<Release, "fingerprints"> | null, current: ReadonlyMap<string, string | null>): number {
  return differingFrom(release, current).size;
}

/** The fingerprints of `current` as a release stores them (participants who add nothing are left out). */
export function fingerprintsOf(current: ReadonlyMap<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [participantId, fingerprint] of current) if (fingerprint !== null) out[participantId] = fingerprint;
  return out;
}

/**
 * Whether a new release is due: the first once at least `threshold` answers
 * exist, later ones once at least `threshold` participants differ from the
 * last release. Before the first release `changed` is how many participants
 * it would show, and that must be none (an empty wall) or at least
 * `threshold` too: with open text the answers are not all shown, and a first
 * wall of one approved answer would be one person's words alone.
 */
export function releaseDue(release: Release | null, answerCount: number, changed: number, threshold: number): boolean {
  if (release === null) return answerCount >= threshold && (changed === 0 || changed >= threshold);
  return changed >= threshold;
}

/**
 * Take answers out of a release at once (the facilitator hid them, or blocked
 * their author): only the moderated kinds can be hidden. Open-text entries
 * carry their response id; a word-cloud answer's words as the release counted
 * them are subtracted (`words` is the fallback for a release stored without
 * `cloudWords`).
 * Returns the release unchanged when none of them is in it.
 */
export function retractFromRelease(kind: ActivityKind, release: Release, retracted: { participantId: string; responseId: string; words?: readonly string[] }[]): Release {
  const inRelease = retracted.filter((r) => release.fingerprints[r.participantId] !== undefined);
  if (inRelease.length === 0) return release;
  const fingerprints = { ...release.fingerprints };
  for (const r of inRelease) delete fingerprints[r.participantId];
  let cloudWords = release.cloudWords;
  let result = release.result;
  if (kind === "open_text") {
    const ids = new Set(inRelease.map((r) => r.responseId));
    const wall = result as KindResult["open_text"];
    result = { entries: wall.entries.filter((e) => !e.responseId || !ids.has(e.responseId)) };
  } else if (kind === "word_cloud") {
    const cloud = result as KindResult["word_cloud"];
    const minus = new Map<string, number>();
    for (const r of inRelease) for (const w of release.cloudWords?.[r.participantId] ?? r.words ?? []) minus.set(w, (minus.get(w) ?? 0) + 1);
    if (cloudWords) {
      cloudWords = { ...cloudWords };
      for (const r of inRelease) delete cloudWords[r.participantId];
    }
    const words = cloud.words.map((w) => ({ word: w.word, count: w.count - (minus.get(w.word) ?? 0) })).filter((w) => w.count > 0);
    result = { words, distinctWords: Math.max(words.length, cloud.distinctWords - (cloud.words.length - words.length)) };
  }
  return { ...release, result, fingerprints, ...(cloudWords ? { cloudWords } : {}), shownCount: Object.keys(fingerprints).length };
}
