// Aggregation of prompt answers into what the room, the facilitator and the
// exports may see. Pure functions and in-memory state only: no I/O.
export { aggregatePrompt, moderationQueue } from "./aggregate-prompt";
export { AggregateState, AggregateStateMismatchError } from "./aggregate-state";
export { moderationVersion } from "./moderation-version";
export {
  compareBeforeAfter,
  type BeforeAfterComparison,
  type CompareBeforeAfterOptions,
  type ScaleAnswer,
  type ScaleMovement,
} from "./before-after";
export { WORD_CLOUD_MAX_WORDS } from "./kinds/word-cloud";
export { percentOf, percentsOfWhole, ratio2 } from "./percent";
export { aggregateReactions, emptyReactionCounts, type ReactionCounts, type ReactionInput } from "./reactions";
export { DEFAULT_ANONYMITY_THRESHOLD, checkThreshold } from "./threshold";
export type * from "./types";
export { MODERATION_STATUSES } from "./types";
export { changedSince, fingerprintsOf, releaseDue, retractFromRelease, visibleFingerprint, type Release } from "./release";
