// The rules of check-in requests (lib/check-in.ts): a participant asks,
// updates the note or withdraws; the session's facilitator marks a request
// seen or done. Every command persists first; the callers acknowledge and
// then broadcast (server/realtime/check-in-handlers.ts).
import { CHECK_IN_NOTE_MAX, isOpenCheckIn, pickRequestNumber, requestLabel, type CheckInStatus, type OwnCheckIn } from "../../lib/check-in";
import { cleanUserText } from "../../lib/user-text";
import type { ParticipantRef } from "../../lib/events";
import type { Repositories } from "../repositories";
import type { CheckInRecord } from "../repositories/check-in-repository";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";
import type { SessionService } from "./session-service";
import type { Limiter } from "../security/limiter";

type Participant = ParticipantRef;

export const ownCheckIn = (r: CheckInRecord): OwnCheckIn => ({ number: r.number, note: r.note, status: r.status });

/**
 * `limiter`: participant check-in commands (ask, change the note, withdraw)
 * count together against it — server/security/rate-limits.ts
 * (checkInCommandsPerParticipant) has the numbers and why. It is shared
 * between processes when Redis is configured: a phone that reconnects to
 * another process keeps the budget it had.
 */
export function createCheckInService({
  repositories: repos,
  sessions,
  limiter,
}: {
  repositories: Repositories;
  sessions: Pick<SessionService, "get">;
  limiter: Pick<Limiter, "consume">;
}) {
  async function spend(participantId: string) {
    const decision = await limiter.consume(participantId);
    if (!decision.allowed)
      throw new HearthError("RATE_LIMITED", "That's a lot of changes in a short time. Your request is still with the facilitator; try again in a few minutes.");
  }

  async function liveSessionFor(participant: Participant): Promise<LiveSession> {
    const session = await sessions.get(participant.sessionId);
    if (session.record.status === "ended")
      throw new HearthError("SESSION_ENDED", "This session has ended. If you'd still like to talk, speak to the facilitator or use the support card.");
    return session;
  }

  function cleanNote(raw: string | undefined): string {
    if (!raw || raw.trim() === "") return "";
    const cleaned = cleanUserText(raw, { maxLength: CHECK_IN_NOTE_MAX, multiline: true });
    if (!cleaned.ok) {
      if (cleaned.code === "TEXT_EMPTY") return "";
      throw new HearthError("BAD_REQUEST", `The note can be at most ${CHECK_IN_NOTE_MAX} characters.`);
    }
    return cleaned.text;
  }

  async function openRequestOf(participantId: string): Promise<CheckInRecord | null> {
    const latest = await repos.checkIns.latestForParticipant(participantId);
    return latest && isOpenCheckIn(latest.status) ? latest : null;
  }

  return {
    /** The participant's latest request, for their phone when it (re)joins. */
    async latestFor(participantId: string): Promise<OwnCheckIn | null> {
      const latest = await repos.checkIns.latestForParticipant(participantId);
      return latest ? ownCheckIn(latest) : null;
    },

    async request(participant: Participant, input: { note?: string }) {
      const session = await liveSessionFor(participant);
      const note = cleanNote(input.note);
      await spend(participant.id);
      const open = await openRequestOf(participant.id);
      if (open) throw new HearthError("FORBIDDEN", `You already have a request with the facilitator (${requestLabel(open.number)}). You can change its note or withdraw it.`);
      const record = await repos.checkIns.create({ sessionId: session.id, participantId: participant.id, note, mayNeedCare: session.safetyNet(note) }, (taken) =>
        pickRequestNumber(taken),
      );
      return { session, record };
    },

    async updateNote(participant: Participant, input: { note: string }) {
      const session = await liveSessionFor(participant);
      const note = cleanNote(input.note);
      await spend(participant.id);
      const open = await openRequestOf(participant.id);
      if (!open) throw new HearthError("NOT_FOUND", "You have no open request to change. You can ask for a check-in again at any time.");
      const record = await repos.checkIns.update(open.id, { note, mayNeedCare: session.safetyNet(note) });
      return { session, record };
    },

    /** Withdrawing deletes the request and its note: nothing of it is kept. */
    async withdraw(participant: Participant) {
      const session = await liveSessionFor(participant);
      await spend(participant.id);
      const open = await openRequestOf(participant.id);
      if (!open) throw new HearthError("NOT_FOUND", "You have no open request to withdraw.");
      await repos.checkIns.delete(open.id);
      return { session, record: open };
    },

    async list(session: LiveSession) {
      return repos.checkIns.listForSession(session.id);
    },

    /** The facilitator marks a request seen or done (also after the session ended: they may follow up later). */
    async setStatus(session: LiveSession, requestId: string, status: Exclude<CheckInStatus, "new">) {
      const request = await repos.checkIns.findById(requestId);
      if (!request || request.sessionId !== session.id) throw notFound("check-in request");
      if (request.status === status || (request.status === "done" && status === "seen")) return request;
      return repos.checkIns.update(request.id, { status });
    },
  };
}

export type CheckInService = ReturnType<typeof createCheckInService>;
