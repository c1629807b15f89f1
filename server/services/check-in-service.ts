// The rules of check-in requests (lib/check-in.ts): a participant asks,
// updates the note or withdraws; the session's facilitator marks a request
// seen or done. Every command persists first; the callers acknowledge and
// then broadcast (server/realtime/check-in-handlers.ts).
import { CHECK_IN_NOTE_MAX, isOpenCheckIn, pickRequestNumber, requestLabel, type CheckInStatus, type OwnCheckIn } from "../../lib/check-in";
import { cleanUserText } from "../../lib/user-text";
import type { Repositories } from "../repositories";
import type { CheckInRecord } from "../repositories/check-in-repository";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";
import type { SessionService } from "./session-service";

/**
 * Participant check-in commands (ask, change the note, withdraw) count
 * together: this many per window. Enough to ask, rethink the note a few times
 * and withdraw; not enough to flood the facilitator's panel. Kept in this
 * process's memory, like the pause request's limit: a phone's connection
 * lives in one process.
 */
export const CHECK_IN_COMMANDS_PER_WINDOW = 8;
export const CHECK_IN_WINDOW_MS = 10 * 60_000;

type Participant = { id: string; sessionId: string };

export const ownCheckIn = (r: CheckInRecord): OwnCheckIn => ({ number: r.number, note: r.note, status: r.status });

export function createCheckInService({ repositories: repos, sessions, now = Date.now }: { repositories: Repositories; sessions: Pick<SessionService, "get">; now?: () => number }) {
  /** participantId → times of their recent commands */
  const recent = new Map<string, number[]>();

  function spend(participantId: string) {
    const t = now();
    const times = (recent.get(participantId) ?? []).filter((at) => t - at < CHECK_IN_WINDOW_MS);
    if (times.length >= CHECK_IN_COMMANDS_PER_WINDOW) {
      recent.set(participantId, times);
      throw new HearthError("RATE_LIMITED", "That's a lot of changes in a short time. Your request is still with the facilitator; try again in a few minutes.");
    }
    times.push(t);
    recent.set(participantId, times);
    // the map stays as small as the set of people who asked lately
    if (recent.size > 10_000) for (const [id, list] of recent) if (list.every((at) => t - at >= CHECK_IN_WINDOW_MS)) recent.delete(id);
  }

  async function liveSessionFor(participant: Participant): Promise<LiveSession> {
    const session = await sessions.get(participant.sessionId);
    if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended. If you'd still like to talk, speak to the facilitator or use the support card.");
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
      spend(participant.id);
      const open = await openRequestOf(participant.id);
      if (open)
        throw new HearthError("FORBIDDEN", `You already have a request with the facilitator (${requestLabel(open.number)}). You can change its note or withdraw it.`);
      const record = await repos.checkIns.create({ sessionId: session.id, participantId: participant.id, note, mayNeedCare: session.safetyNet(note) }, (taken) =>
        pickRequestNumber(taken),
      );
      return { session, record };
    },

    async updateNote(participant: Participant, input: { note: string }) {
      const session = await liveSessionFor(participant);
      const note = cleanNote(input.note);
      spend(participant.id);
      const open = await openRequestOf(participant.id);
      if (!open) throw new HearthError("NOT_FOUND", "You have no open request to change. You can ask for a check-in again at any time.");
      const record = await repos.checkIns.update(open.id, { note, mayNeedCare: session.safetyNet(note) });
      return { session, record };
    },

    /** Withdrawing deletes the request and its note: nothing of it is kept. */
    async withdraw(participant: Participant) {
      const session = await liveSessionFor(participant);
      spend(participant.id);
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
