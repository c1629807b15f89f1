// The one real-time contract between browser and server.
// Commands are `entity:verb` and always take an acknowledgement;
// broadcasts are `entity:verbed`. Payload schemas live here too, so the
// server validates exactly what the client types promise.
import { z } from "zod";
import { MODERATION_STATUSES, type ModerationQueue, type PromptAggregate, type ReactionCounts } from "./aggregation";
import type { ActivityKind, AnyAnswerValue } from "./activities";
import { REACTION_KINDS } from "./reactions";
import type { CheckInView, OwnCheckIn } from "./check-in";
import { resourcesSchema } from "./template-schema";

/** A reaction's kind on the wire (lib/reactions.ts). */
export const reactionKindSchema = z.enum(REACTION_KINDS);

// ---------------------------------------------------------------------------
// Acknowledgements

// The error vocabulary lives in ./errors.ts (the browser imports it from there too).
export { ERROR_CODES, type ClientErrorCode, type ErrorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { LOCALES, type Locale } from "./i18n/locales";

export type AckError = { code: ErrorCode; message: string };
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
export type AckCallback<T> = (response: Ack<T>) => void;

// ---------------------------------------------------------------------------
// Shared view models

export type SessionStatus = "lobby" | "running" | "ended";
export type PromptState = "idle" | "open" | "closed";

export type SupportResources = {
  title: string;
  intro?: string;
  items: { label: string; detail?: string; url?: string }[];
};

export type TimerState = {
  /** epoch ms when the timer was last started; null while paused */
  runningSince: number | null;
  /** ms accumulated before runningSince */
  elapsedMs: number;
  /** suggested length of the step; 0 = open-ended */
  durationMs: number;
};

/** Where a prompt's revealed results show: projector and phones (the default), or the projector only. */
export const RESULTS_SHOWN_ON = ["everywhere", "screen"] as const;
export type ResultsShownOn = (typeof RESULTS_SHOWN_ON)[number];

export type PromptView = {
  id: string;
  kind: ActivityKind;
  question: string;
  config: unknown;
  state: PromptState;
  resultsRevealed: boolean;
  resultsShownOn: ResultsShownOn;
  repeatOfId: string | null;
};

export type StepView = {
  id: string;
  index: number;
  title: string;
  body: string;
  /** this step's own content note ("" for none): phones collapse the body behind it, the projector shows it first */
  contentNote: string;
  reactionsEnabled: boolean;
  /**
   * the step's picture and its description. `src` is the facilitators' address
   * (projector, console); a phone loads it from /api/room/:sessionId/steps/:stepId/picture
   * with its participant token (server/http/room-routes.ts)
   */
  image: { src: string; alt: string; onPhones: boolean } | null;
  prompt: PromptView | null;
};

/** What everyone in the room may see (projector and phones). */
export type RoomState = {
  sessionId: string;
  title: string;
  status: SessionStatus;
  locked: boolean;
  joinCode: string;
  joinUrl: string;
  participantCount: number;
  stepCount: number;
  step: StepView | null;
  /** the current prompt's aggregate: counts always; breakdown only when revealed and over the threshold */
  aggregate: PromptAggregate | null;
  reactions: ReactionCounts;
  timer: TimerState;
  contentNote: string;
  resources: SupportResources;
  anonymityThreshold: number;
  /** the session's language: the content is written in it, and phones show their interface in it unless the person chose another */
  language: Locale;
};

/** The facilitator's console: the room's view plus what only they see. */
export type ConsoleState = RoomState & {
  steps: { id: string; index: number; title: string; promptKind: ActivityKind | null; promptState: PromptState | null }[];
  facilitatorNotes: string;
  /** the current prompt's moderation queue (open text, word cloud); entries only over the threshold */
  moderation: ModerationQueue | null;
  pauseRequests: number;
  /** the anonymity settings (issue 15): as chosen, and what they mean now */
  /** authors blocked in this session, each by the answer it was blocked from (never who it is) */
  blockedAuthors: { via: string; hidden: number }[];
  privacy: { hideCounts: boolean | null; countsShown: boolean; retentionDays: number | null; defaultRetentionDays: number; passphraseSet: boolean };
  /** the session's support card as stored, placeholders included (the room's `resources` never has them) */
  supportCard: SupportResources;
  /** how many starter placeholder items ("Add your local crisis line here") the card still has: the console warns */
  placeholderResources: number;
  /** the template the session was made from (to save the card to it too) */
  templateId: string | null;
};

/** A participant's own answer to a prompt, as last acknowledged by the server. */
export type OwnAnswer = { promptId: string; passed: boolean; value: AnyAnswerValue | null };

export type ParticipantJoined = {
  participantToken: string;
  sessionId: string;
  state: RoomState;
  answers: OwnAnswer[];
  /** reaction kinds this participant has active on the current step */
  myReactions: string[];
  /** this participant's latest check-in request (kept through refreshes by the token) */
  checkIn: OwnCheckIn | null;
  /** the facilitator stopped this phone's answers in this session */
  blocked?: boolean;
};

// ---------------------------------------------------------------------------
// Payload schemas (validated on the server; types inferred for the client)

/** Every id a client or another process sends: a row's id (uuid or cuid), bounded. */
export const idSchema = z.string().min(1).max(64);
const id = idSchema;
export const moderationStatusSchema = z.enum(MODERATION_STATUSES);

/** The facilitator turning the projector's pages of answers (the projector knows how many fit its screen). */
export const WALL_PAGE_ACTIONS = ["previous", "next", "pause", "resume"] as const;
export type WallPageAction = (typeof WALL_PAGE_ACTIONS)[number];

/**
 * Answers one moderation:set message may decide. A decision on a whole wall
 * is sent as several messages of at most this many (the console does it): a
 * message must stay under the socket's 64 kB limit (server/realtime/index.ts),
 * and 1,000 ids of 64 characters with their versions fill most of it.
 */
export const MAX_MODERATION_IDS = 1000;
export const participantTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

export const schemas = {
  "participant:join": z.object({ code: z.string().min(1).max(20), token: participantTokenSchema.optional(), passphrase: z.string().max(100).optional() }).strict(),
  "answer:submit": z.union([z.object({ promptId: id, pass: z.literal(true) }).strict(), z.object({ promptId: id, value: z.unknown() }).strict()]),
  "reaction:toggle": z.object({ stepId: id, kind: reactionKindSchema }).strict(),
  "pause:request": z.object({}).strict(),
  // the note is cleaned and length-checked on the server (lib/check-in.ts CHECK_IN_NOTE_MAX); this bound only stops floods
  "checkin:request": z.object({ note: z.string().max(4000).optional() }).strict(),
  "checkin:update": z.object({ note: z.string().max(4000) }).strict(),
  "checkin:withdraw": z.object({}).strict(),

  "console:watch": z.object({ sessionId: id }).strict(),
  "screen:watch": z.object({ sessionId: id }).strict(),
  "session:start": z.object({ sessionId: id }).strict(),
  "session:end": z.object({ sessionId: id }).strict(),
  "session:lock": z.object({ sessionId: id, locked: z.boolean() }).strict(),
  /** hide everything the author of this answer wrote in the session, and stop them answering; the server finds who */
  "author:block": z.object({ sessionId: id, promptId: id, responseId: id }).strict(),
  /** undo a block, named by the answer it was made from (until the session ends) */
  "author:unblock": z.object({ sessionId: id, via: id }).strict(),
  /**
   * hideCounts: true/false, or null for the default (hidden while fewer than
   * 2·k people joined); retentionDays: delete the responses this many days
   * after the end (0: at the end; null: the deployment's default, never longer)
   */
  "session:settings": z
    .object({
      sessionId: id,
      hideCounts: z.boolean().nullable().optional(),
      retentionDays: z.number().int().min(0).max(3650).nullable().optional(),
      /** a word said aloud, never shown on the projector nor put in the join link; null removes it */
      passphrase: z.string().trim().min(1).max(60).nullable().optional(),
    })
    .strict(),
  /** the session's language (content and the phones' default interface); only before the session starts */
  "session:language": z.object({ sessionId: id, language: z.enum(LOCALES) }).strict(),
  "step:goto": z.object({ sessionId: id, index: z.number().int().min(0).max(1000) }).strict(),
  "prompt:open": z.object({ sessionId: id, promptId: id }).strict(),
  "prompt:close": z.object({ sessionId: id, promptId: id }).strict(),
  "prompt:reset": z.object({ sessionId: id, promptId: id }).strict(),
  "results:reveal": z.object({ sessionId: id, promptId: id }).strict(),
  "results:hide": z.object({ sessionId: id, promptId: id }).strict(),
  "moderation:set": z
    .object({
      sessionId: id,
      promptId: id,
      responseIds: z.array(id).min(1).max(MAX_MODERATION_IDS),
      status: moderationStatusSchema,
      /**
       * A decision on this one answer, looked at on its own: the only kind that
       * approves an answer the safety net holds ("may need care"). "Approve
       * all" never sends it, so such answers stay in the queue through it.
       */
      individual: z.literal(true).optional(),
      /** responseId → the entry's `version` the facilitator saw; an answer edited since is left as it is */
      versions: z.record(id, z.string().max(20)).optional(),
    })
    .strict(),
  "timer:control": z.object({ sessionId: id, action: z.enum(["start", "pause", "add_minute", "reset"]) }).strict(),
  "pause:reset": z.object({ sessionId: id }).strict(),
  /** the facilitator fills in this session's support card (and, if it is theirs, the template's) */
  "session:resources": z.object({ sessionId: id, resources: resourcesSchema, saveToTemplate: z.boolean().optional() }).strict(),
  "wall:page": z.object({ sessionId: id, action: z.enum(WALL_PAGE_ACTIONS) }).strict(),
  "checkin:list": z.object({ sessionId: id }).strict(),
  "checkin:set": z.object({ sessionId: id, requestId: id, status: z.enum(["seen", "done"]) }).strict(),
} as const;

type Payload<E extends keyof typeof schemas> = z.input<(typeof schemas)[E]>;

export type AnswerSaved = {
  promptId: string;
  passed: boolean;
  value: AnyAnswerValue | null;
  /** the safety net held this answer (lib/distress-phrases.ts): the phone shows its author, privately, the support card */
  mayNeedCare?: boolean;
};

/** A participant's check-in request after a command; `mayNeedCare` as for answers. */
export type CheckInSaved = { checkIn: OwnCheckIn; mayNeedCare: boolean };

export interface ClientToServerEvents {
  // participant (authenticated by its token, for one session)
  "participant:join": (p: Payload<"participant:join">, ack: AckCallback<ParticipantJoined>) => void;
  "answer:submit": (p: Payload<"answer:submit">, ack: AckCallback<AnswerSaved>) => void;
  "reaction:toggle": (p: Payload<"reaction:toggle">, ack: AckCallback<{ active: boolean }>) => void;
  "pause:request": (p: Payload<"pause:request">, ack: AckCallback<{ received: true }>) => void;
  "checkin:request": (p: Payload<"checkin:request">, ack: AckCallback<CheckInSaved>) => void;
  "checkin:update": (p: Payload<"checkin:update">, ack: AckCallback<CheckInSaved>) => void;
  "checkin:withdraw": (p: Payload<"checkin:withdraw">, ack: AckCallback<{ withdrawn: true }>) => void;
  // facilitator (authenticated by the session cookie; must own the session)
  "console:watch": (p: Payload<"console:watch">, ack: AckCallback<ConsoleState>) => void;
  "screen:watch": (p: Payload<"screen:watch">, ack: AckCallback<RoomState>) => void;
  "session:start": (p: Payload<"session:start">, ack: AckCallback<null>) => void;
  "session:end": (p: Payload<"session:end">, ack: AckCallback<null>) => void;
  "session:lock": (p: Payload<"session:lock">, ack: AckCallback<null>) => void;
  "session:settings": (p: Payload<"session:settings">, ack: AckCallback<null>) => void;
  "session:language": (p: Payload<"session:language">, ack: AckCallback<null>) => void;
  "author:block": (p: Payload<"author:block">, ack: AckCallback<{ hidden: number }>) => void;
  "author:unblock": (p: Payload<"author:unblock">, ack: AckCallback<{ restored: number }>) => void;
  "step:goto": (p: Payload<"step:goto">, ack: AckCallback<null>) => void;
  "prompt:open": (p: Payload<"prompt:open">, ack: AckCallback<null>) => void;
  "prompt:close": (p: Payload<"prompt:close">, ack: AckCallback<null>) => void;
  "prompt:reset": (p: Payload<"prompt:reset">, ack: AckCallback<null>) => void;
  "results:reveal": (p: Payload<"results:reveal">, ack: AckCallback<null>) => void;
  "results:hide": (p: Payload<"results:hide">, ack: AckCallback<null>) => void;
  "moderation:set": (p: Payload<"moderation:set">, ack: AckCallback<{ updated: number }>) => void;
  "timer:control": (p: Payload<"timer:control">, ack: AckCallback<null>) => void;
  "pause:reset": (p: Payload<"pause:reset">, ack: AckCallback<null>) => void;
  "session:resources": (p: Payload<"session:resources">, ack: AckCallback<{ savedToTemplate: boolean }>) => void;
  "wall:page": (p: Payload<"wall:page">, ack: AckCallback<null>) => void;
  "checkin:list": (p: Payload<"checkin:list">, ack: AckCallback<{ requests: CheckInView[] }>) => void;
  "checkin:set": (p: Payload<"checkin:set">, ack: AckCallback<{ request: CheckInView }>) => void;
}

export type CommandName = keyof ClientToServerEvents;

export interface ServerToClientEvents {
  /** the room's state changed (step, prompt state, reveal, lock, timer, end) */
  "room:updated": (state: RoomState) => void;
  /** the console's state changed (facilitator sockets only) */
  "console:updated": (state: ConsoleState) => void;
  /** coalesced aggregate update for one prompt */
  "aggregate:updated": (update: { sessionId: string; aggregate: PromptAggregate }) => void;
  "participants:counted": (update: { sessionId: string; count: number }) => void;
  /** to one phone: the facilitator stopped (or allowed again) its answers in this session */
  "participant:blocked": (update: { sessionId: string; blocked: boolean }) => void;
  "reactions:counted": (update: { sessionId: string; stepId: string; counts: ReactionCounts }) => void;
  /** a prompt was reset: participants forget their answer to it */
  "prompt:cleared": (update: { sessionId: string; promptId: string }) => void;
  /** the facilitator paged or paused the projector's answers (projectors only) */
  "wall:paged": (update: { sessionId: string; action: WallPageAction }) => void;
  /** the session's check-in requests changed (the facilitator's consoles only) */
  "checkins:updated": (update: { sessionId: string; requests: CheckInView[] }) => void;
  /** the facilitator marked this participant's request seen or done (the asker's own phone only) */
  "checkin:updated": (update: { sessionId: string; checkIn: OwnCheckIn | null }) => void;
  /** this facilitator no longer runs the session (the owner removed them): the console stops */
  "access:revoked": (update: { sessionId: string; message: string }) => void;
}

export type SocketRole = "facilitator" | "participant";

/** A participant as the server knows them on a socket: internal id and session, never token or name. */
export type ParticipantRef = { id: string; sessionId: string };

export interface SocketData {
  role: SocketRole | null;
  /** facilitator account id (cookie-authenticated at the handshake) */
  facilitatorId: string | null;
  /** participant identity, set by participant:join */
  participant: ParticipantRef | null;
}

export const ok = <T>(data: T): Ack<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Ack<never> => ({ ok: false, error: { code, message } });
