// What a participant's phone may do in a live session: join (or come back
// with its token), answer, react, ask for a pause. Every rule persists first
// and updates the in-memory mirror only after the write succeeded; the caller
// acknowledges and then applies the change (server/realtime/changes.ts).
import { checkAnswer, LIMITS, MODERATED_KINDS, type AnyAnswerValue } from "../../lib/activities";
import { normaliseJoinCode } from "../../lib/join-code";
import { cleanUserText } from "../../lib/user-text";
import type { OwnAnswer, ParticipantJoined, ParticipantRef } from "../../lib/events";
import type { Repositories } from "../repositories";
import { BlockedParticipantError, type ResponseRecord } from "../repositories/response-repository";
import type { ParticipantRecord, ParticipantWrite } from "../repositories/participant-repository";
import type { AnswerWriter } from "./answer-writer";
import type { BatchWriter } from "./batch-writer";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";
import type { LiveSessions } from "./live-sessions";
import { hashParticipantToken, newParticipantToken } from "./participant-token";
import { passphraseMatches } from "./passphrase";
import { refuseIfEnded, requirePrompt } from "./session-guards";

export type ParticipantRulesOptions = {
  repositories: Repositories;
  sessions: Pick<LiveSessions, "get" | "liveByJoinCode">;
  answers: Pick<AnswerWriter, "write">;
  /** new participants, stored in batches (./batch-writer.ts) */
  newParticipants: Pick<BatchWriter<ParticipantWrite, ParticipantRecord>, "write">;
  /** how often one participant's "I need a pause" counts */
  pauseRequestIntervalMs: number;
};

export function createParticipantRules({ repositories: repos, sessions, answers, newParticipants, pauseRequestIntervalMs }: ParticipantRulesOptions) {
  const get = sessions.get;
  return {
    /**
     * `current`: the participant this connection already is, with its token
     * (kept in the connection's memory only). One connection is one
     * participant: joining the same session again without a valid token of
     * that session returns that participant instead of making another row.
     */
    async joinParticipant(
      input: { code: string; token?: string; passphrase?: string },
      current?: { id: string; sessionId: string; token: string } | null,
    ): Promise<Omit<ParticipantJoined, "checkIn"> & { participantId: string; created: boolean }> {
      const code = normaliseJoinCode(input.code);
      const session = code ? await sessions.liveByJoinCode(code) : null;
      if (!session) throw new HearthError("NOT_FOUND", "No session has that code. Check the code on the screen and try again.");
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended. Thank you for being part of it.");

      let token = input.token;
      let participant = token ? await repos.participants.findByTokenHash(hashParticipantToken(token)) : null;
      if (participant && participant.sessionId !== session.id) participant = null; // a token is valid for one session only
      if (!participant && current?.sessionId === session.id) {
        participant = { id: current.id, sessionId: current.sessionId, number: 0 };
        token = current.token;
      }
      let created = false;
      if (!participant) {
        // a locked session lets existing participants back in, but nobody new
        if (session.record.locked) throw new HearthError("SESSION_LOCKED", "This session is not taking new participants right now. Ask the facilitator.");
        // someone new needs the word said in the room (a returning device has its token)
        const hash = session.record.passphraseHash;
        if (hash) {
          if (!input.passphrase?.trim()) throw new HearthError("PASSPHRASE_REQUIRED", "This session has a passphrase. The facilitator says it in the room.");
          if (!passphraseMatches(session.id, input.passphrase, hash))
            throw new HearthError("PASSPHRASE_WRONG", "That is not the passphrase. Check with the facilitator and try again.");
        }
        token = newParticipantToken();
        participant = await newParticipants.write({ sessionId: session.id, tokenHash: hashParticipantToken(token) });
        session.participantCount += 1;
        created = true;
      }
      const answers: OwnAnswer[] = [];
      for (const [promptId, byParticipant] of session.responses) {
        const mine = byParticipant.get(participant.id);
        if (mine) answers.push({ promptId, passed: mine.passed, value: mine.value });
      }
      const step = session.currentStep;
      return {
        participantId: participant.id,
        created,
        participantToken: token!,
        sessionId: session.id,
        state: session.roomState("phone"),
        answers,
        myReactions: step ? session.myReactions(step.id, participant.id) : [],
        ...(session.blocked.has(participant.id) ? { blocked: true } : {}),
      };
    },

    async submitAnswer(participant: ParticipantRef, input: { promptId: string; pass?: true; value?: unknown }): Promise<{ session: LiveSession; response: ResponseRecord }> {
      const session = await get(participant.sessionId);
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended; answers are no longer collected.");
      const prompt = requirePrompt(session, input.promptId);
      if (session.blocked.has(participant.id)) throw blockedError();
      if (prompt.state !== "open") throw new HearthError("PROMPT_CLOSED", "This question is not taking answers right now.");

      let value: AnyAnswerValue | null = null;
      if (!input.pass) {
        const checked = checkAnswer(prompt.kind, prompt.config, cleanAnswerText(prompt.kind, input.value));
        if (!checked.ok) throw new HearthError("INVALID_ANSWER", checked.message);
        value = checked.value;
      }
      const moderated = MODERATED_KINDS.has(prompt.kind) && !input.pass;
      const response = await answers
        .write({
          sessionId: session.id,
          promptId: prompt.id,
          participantId: participant.id,
          passed: Boolean(input.pass),
          value,
          // a changed free-text answer goes back through moderation
          moderation: moderated ? "pending" : null,
        })
        .catch((error: unknown) => {
          // blocked on another process a moment ago: the database refused it (response-repository.ts)
          throw error instanceof BlockedParticipantError ? blockedError() : error;
        });
      session.rememberResponse(response);
      return { session, response };
    },

    async toggleReaction(participant: ParticipantRef, input: { stepId: string; kind: string }) {
      const session = await get(participant.sessionId);
      const step = session.findStep(input.stepId);
      if (!step) throw notFound("step");
      refuseIfEnded(session);
      if (!step.reactionsEnabled) throw new HearthError("FORBIDDEN", "Reactions are not open on this step.");
      if (session.currentStep?.id !== step.id || session.record.status !== "running") throw new HearthError("FORBIDDEN", "Reactions are open only on the step the room is on.");
      const active = await repos.reactions.toggle({ sessionId: session.id, stepId: step.id, participantId: participant.id, kind: input.kind });
      session.setReaction({ stepId: step.id, participantId: participant.id, kind: input.kind, active });
      return { session, active, counts: session.reactionCounts(step.id) };
    },

    async requestPause(participant: ParticipantRef) {
      const session = await get(participant.sessionId);
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      // one request per participant per minute: the count stays meaningful ("how many people"), not "how many taps"
      const last = session.lastPauseRequest.get(participant.id) ?? 0;
      if (Date.now() - last < pauseRequestIntervalMs) throw new HearthError("RATE_LIMITED", "Your pause request has already reached the facilitator. Take the time you need.");
      session.lastPauseRequest.set(participant.id, Date.now());
      // incremented in the database, so simultaneous requests are all counted
      session.record.pauseRequests = await repos.sessions.incrementPauseRequests(session.id);
      return session;
    },
  };
}

/**
 * Free text from a phone is cleaned (control and bidi characters, whitespace)
 * before it is checked; text that is empty or too long once cleaned is refused
 * with cleanUserText's own message.
 */
function cleanAnswerText(kind: string, raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const value = raw as Record<string, unknown>;
  const clean = (text: string, maxLength: number, multiline: boolean) => {
    const cleaned = cleanUserText(text, { maxLength, multiline });
    if (!cleaned.ok) throw new HearthError("INVALID_ANSWER", cleaned.message);
    return cleaned.text;
  };
  if (kind === "open_text" && typeof value.text === "string") return { ...value, text: clean(value.text, LIMITS.openTextMax, true) };
  if (kind === "word_cloud" && Array.isArray(value.words)) return { ...value, words: value.words.map((w) => (typeof w === "string" ? clean(w, LIMITS.wordLength, false) : w)) };
  return raw;
}

/** What a blocked phone is told when it tries to answer. */
function blockedError() {
  return new HearthError("FORBIDDEN", "The facilitator has stopped answers from this phone for this session. You can still follow along.");
}
