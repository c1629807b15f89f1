// The registry of live sessions: each session a socket touches is loaded
// from the database once into a LiveSession (server/services/live-session.ts,
// the in-memory mirror) and shared by every socket of this process. Also what
// keeps a mirror in step when another process changed the rows (`refresh`,
// called by server/realtime/replica-refresh.ts). The rules that change a
// session are in ./session-service.ts and the files it composes.
import type { Repositories } from "../repositories";
import { HearthError, notFound } from "./hearth-error";
import { LiveSession } from "./live-session";
import { captureLiveState, mergeLiveState, replaceAnswersAndReactions } from "./live-session-sync";

export type LiveSessionsOptions = {
  repositories: Repositories;
  /** where participants join, e.g. http://192.168.1.20:3000 — used for the join link and QR code */
  publicUrl: () => string;
  /** the deployment's retention in days (shown on the console) */
  retentionDays: number;
};

export function createLiveSessions({ repositories: repos, publicUrl, retentionDays }: LiveSessionsOptions) {
  const live = new Map<string, Promise<LiveSession>>();
  /** join code → session id of the sessions held (a code never changes): a room filling up asks for it at every join */
  const idsByJoinCode = new Map<string, string>();
  const forgetListeners: ((sessionId: string) => void)[] = [];

  /** What a session holds besides its record and steps: read for a load and for a full refresh. */
  function readContents(sessionId: string) {
    return Promise.all([repos.participants.countForSession(sessionId), repos.responses.listForSession(sessionId), repos.reactions.listForSession(sessionId)]);
  }

  async function load(sessionId: string): Promise<LiveSession> {
    const record = await repos.sessions.findById(sessionId);
    if (!record) throw notFound("session");
    const [steps, [participantCount, responses, reactions]] = await Promise.all([repos.sessions.loadSteps(sessionId), readContents(sessionId)]);
    const session = new LiveSession(record, steps, participantCount, joinUrlFor(record.joinCode), retentionDays);
    idsByJoinCode.set(record.joinCode, record.id);
    replaceAnswersAndReactions(session, responses, reactions);
    await readBlocked(session);
    return session;
  }

  function joinUrlFor(joinCode: string) {
    return `${publicUrl().replace(/\/$/, "")}/j/${joinCode}`;
  }

  /** The live mirror of a session, loaded once and shared by every socket. */
  function get(sessionId: string): Promise<LiveSession> {
    let entry = live.get(sessionId);
    if (!entry) {
      entry = load(sessionId);
      live.set(sessionId, entry);
      entry.catch(() => live.delete(sessionId));
    }
    return entry;
  }

  async function readBlocked(session: LiveSession) {
    session.blocked = new Map((await repos.participants.listBlocked(session.id)).map((b) => [b.id, { via: b.via, hidden: b.hidden }]));
  }

  return {
    get,
    /** Drop the in-memory mirror (its rows were deleted); the next `get` reloads from the database. */
    forget(sessionId: string) {
      live.delete(sessionId);
      for (const [code, id] of idsByJoinCode) if (id === sessionId) idsByJoinCode.delete(code);
      for (const listener of forgetListeners) listener(sessionId);
    },
    /** Called after `forget` (other processes drop their copy too: server/realtime/cluster.ts). */
    onForget(listener: (sessionId: string) => void) {
      forgetListeners.push(listener);
    },
    /**
     * The live session a (normalised) join code leads to, or null: read from
     * the database only when this process does not hold it yet. Its status
     * is the mirror's, which every process keeps in step.
     */
    async liveByJoinCode(code: string): Promise<LiveSession | null> {
      const id = idsByJoinCode.get(code) ?? (await repos.sessions.findByJoinCode(code))?.id;
      if (!id) return null;
      return get(id).catch((error: unknown) => {
        // deleted a moment ago: as if it never was
        if (error instanceof HearthError && error.code === "NOT_FOUND") return null;
        throw error;
      });
    },
    /** The mirror if this process holds it (loaded or still loading); never loads it. */
    peek(sessionId: string): Promise<LiveSession> | undefined {
      return live.get(sessionId);
    },
    /** The sessions this process holds in memory. */
    loadedSessionIds(): string[] {
      return [...live.keys()];
    },
    /**
     * Bring a session held in memory up to date with the database, in place
     * (another process changed it): the record and the prompts' state, and
     * with `full` also the answers, reactions and participant count
     * (server/services/live-session-sync.ts). Null when it is not in memory.
     */
    async refresh(sessionId: string, options: { full?: boolean } = {}): Promise<LiveSession | null> {
      const session = await live.get(sessionId)?.catch(() => null);
      if (!session) return null;
      const base = captureLiveState(session);
      const [record, steps, data] = await Promise.all([repos.sessions.findById(sessionId), repos.sessions.loadSteps(sessionId), options.full ? readContents(sessionId) : null]);
      if (!record || live.get(sessionId) === undefined) return session;
      mergeLiveState(session, base, record, steps);
      await readBlocked(session);
      if (data) {
        session.participantCount = data[0];
        replaceAnswersAndReactions(session, data[1], data[2]);
      }
      return session;
    },
    /** The participant count from the database (the source of truth when several processes take joins). */
    async recountParticipants(session: LiveSession) {
      // counts only grow during a session: an older, slower count never lowers a newer one
      session.participantCount = Math.max(session.participantCount, await repos.participants.countForSession(session.id));
    },
    joinUrlFor,
    readBlocked,
  };
}

export type LiveSessions = ReturnType<typeof createLiveSessions>;
