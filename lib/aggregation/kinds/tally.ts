// What every kind's running tally can do. A tally never sees participant ids:
// the AggregateState keeps who contributed what, and hands the tally only the
// contribution to add or take away.
import type { ActivityKind } from "../../activities";
import { MODERATION_STATUSES, type KindResult, type ModerationQueueEntry, type ModerationStatus, type ResponseInput } from "../types";

export interface Tally<K extends ActivityKind, C> {
  /**
   * What this answer contributes, or null when the value cannot be read for
   * this prompt (wrong shape, no known option): such a response counts as
   * neither an answer nor a pass. Values are expected to have passed
   * `checkAnswer` (lib/activities.ts) already; this only keeps a bad row from
   * corrupting the counts. `previous` is what the same participant
   * contributed before, for tallies that can reuse work when only the
   * moderation status changed.
   */
  read(response: ResponseInput<K>, previous?: C): C | null;
  add(contribution: C): void;
  remove(contribution: C): void;
  /** The kind's result; only called with answerCount ≥ the threshold (so ≥ 1). */
  result(answerCount: number): KindResult[K];
}

/** A tally of a moderated kind can also list its entries for the facilitator. */
export interface ModeratedTally<K extends ActivityKind, C extends { status: ModerationStatus }> extends Tally<K, C> {
  queueEntry(contribution: C): ModerationQueueEntry;
  /** Orders entries of the same status, without reference to when they arrived. */
  orderKey(contribution: C): StableOrderKey;
}

export interface StableOrderKey {
  hash: number;
  text: string;
  responseId: string;
}

/**
 * 32-bit FNV-1a of a string. Used to show free-text entries in an order that
 * looks shuffled but is stable between snapshots: arrival order would let the
 * room match a new entry on the wall to the person who just put their phone
 * down, and alphabetical order clusters and invites reading into position.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function compareOrderKeys(a: StableOrderKey, b: StableOrderKey): number {
  return a.hash - b.hash || compareStrings(a.text, b.text) || compareStrings(a.responseId, b.responseId);
}

/** Code-unit order: the same on every server and in every locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STATUSES: ReadonlySet<string> = new Set<ModerationStatus>(MODERATION_STATUSES);

/**
 * Moderation status as aggregation treats it: no decision yet (null or
 * absent) is "pending"; a value it does not recognise (a bad row) is
 * "hidden", so that an unknown state never puts text in front of the room.
 */
export function statusOf(response: ResponseInput): ModerationStatus {
  const status = response.moderation;
  if (status === null || status === undefined) return "pending";
  return STATUSES.has(status) ? status : "hidden";
}
