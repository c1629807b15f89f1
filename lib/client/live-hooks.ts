"use client";
// Sockets notify, queries fetch: each live view is one react-query entry,
// filled by a watch/join command and kept current by socket events that
// update the cached data. A reconnect re-runs the query, which re-joins the
// rooms and brings a full snapshot.
import { useQuery, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ConsoleState, OwnAnswer, ParticipantJoined, RoomState, WallPageAction } from "../events";
import type { CheckInView, OwnCheckIn } from "../check-in";
import type { ReactionKind } from "../reactions";
import { withRetries, type RetryNotice } from "./answer-retry";
import { CommandError, command, connectSocket, type HearthClientSocket } from "./socket";
import { storageKeys } from "./storage-keys";
import { useConnectionStatus } from "./use-connection-status";

function useSocket(): HearthClientSocket | null {
  const [socket, setSocket] = useState<HearthClientSocket | null>(null);
  useEffect(() => {
    const s = connectSocket();
    setSocket(s);
    return () => {
      s.disconnect();
    };
  }, []);
  return socket;
}

const noRetry = new Set(["NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "SESSION_ENDED", "SESSION_LOCKED", "BAD_REQUEST", "PASSPHRASE_REQUIRED", "PASSPHRASE_WRONG"]);
const retry = (count: number, error: unknown) => !(error instanceof CommandError && noRetry.has(error.code)) && count < 5;

/** Keep a cached RoomState-like value current from the broadcast events. */
function bindRoomEvents<T extends RoomState>(
  socket: HearthClientSocket,
  client: QueryClient,
  key: QueryKey,
  select: (data: unknown) => T | undefined,
  update: (data: unknown, next: T) => unknown,
) {
  const patch = (fn: (state: T) => T) =>
    client.setQueryData(key, (data: unknown) => {
      const state = select(data);
      return state ? update(data, fn(state)) : data;
    });
  const onAggregate = ({ aggregate }: { aggregate: RoomState["aggregate"] & object }) => patch((s) => (s.step?.prompt?.id === aggregate.promptId ? { ...s, aggregate } : s));
  const onCount = ({ count }: { count: number }) => patch((s) => ({ ...s, participantCount: count }));
  const onReactions = ({ stepId, counts }: { stepId: string; counts: RoomState["reactions"] }) => patch((s) => (s.step?.id === stepId ? { ...s, reactions: counts } : s));
  socket.on("aggregate:updated", onAggregate);
  socket.on("participants:counted", onCount);
  socket.on("reactions:counted", onReactions);
  return () => {
    socket.off("aggregate:updated", onAggregate);
    socket.off("participants:counted", onCount);
    socket.off("reactions:counted", onReactions);
  };
}

/**
 * Re-run the query after every reconnection: the new connection must re-join
 * its rooms (and a participant must re-present its token) before anything else.
 */
function useRefetchOnReconnect(socket: HearthClientSocket | null, key: QueryKey) {
  const client = useQueryClient();
  const keyText = JSON.stringify(key);
  useEffect(() => {
    if (!socket) return;
    const onReconnect = () => void client.invalidateQueries({ queryKey: JSON.parse(keyText) as QueryKey });
    // the Manager's "reconnect" fires only for reconnections, never the first connect
    socket.io.on("reconnect", onReconnect);
    return () => void socket.io.off("reconnect", onReconnect);
  }, [socket, client, keyText]);
}

// ---------------------------------------------------------------------------
// Facilitator console and projector

/**
 * A facilitator-cookie view of one session: the console (everything) or the
 * projector (what the room may see). Both watch with one command and then
 * follow one full-state event plus the shared room events.
 */
function useWatchedSession<S extends RoomState>(
  sessionId: string,
  view: { key: "console" | "screen"; watch: "console:watch" | "screen:watch"; updated: "console:updated" | "room:updated" },
) {
  const socket = useSocket();
  const client = useQueryClient();
  // one array per session (not one per render), so the hooks below can depend on it
  const key = useMemo(() => [view.key, sessionId] as const, [view.key, sessionId]);
  const query = useQuery({
    queryKey: key,
    queryFn: () => command(socket!, view.watch, { sessionId }) as unknown as Promise<S>,
    enabled: socket !== null,
    staleTime: Infinity,
    retry,
  });
  useRefetchOnReconnect(socket, key);
  useEffect(() => {
    if (!socket) return;
    const onState = (state: S) => client.setQueryData(key, state);
    socket.on(view.updated, onState as never);
    const unbind = bindRoomEvents<S>(
      socket,
      client,
      key,
      (d) => d as S | undefined,
      (_d, next) => next,
    );
    return () => {
      socket.off(view.updated, onState as never);
      unbind();
    };
  }, [socket, client, key, view.updated]);
  return { socket, query, connection: useConnectionStatus(socket) };
}

/** The message the server sent when the owner removed this co-facilitator from the session, else null. */
function useAccessRevoked(socket: HearthClientSocket | null, sessionId: string): string | null {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!socket) return;
    const onRevoked = (update: { sessionId: string; message: string }) => {
      if (update.sessionId === sessionId) setMessage(update.message);
    };
    socket.on("access:revoked", onRevoked);
    return () => void socket.off("access:revoked", onRevoked);
  }, [socket, sessionId]);
  return message;
}

export function useConsole(sessionId: string) {
  const { socket, query, connection } = useWatchedSession<ConsoleState>(sessionId, { key: "console", watch: "console:watch", updated: "console:updated" });
  const revoked = useAccessRevoked(socket, sessionId);
  const send = useCallback(
    <E extends Parameters<typeof command>[1]>(event: E, payload: Omit<Parameters<typeof command<E>>[2], "sessionId">) =>
      command(socket!, event, { sessionId, ...payload } as Parameters<typeof command<E>>[2]),
    [socket, sessionId],
  );
  return { ...query, state: query.data, send, connection, revoked, socket };
}

/**
 * The session's check-in requests, for the console's private panel
 * (components/check-in-panel.tsx): listed once, then replaced by every
 * "checkins:updated" the console's socket receives; re-listed after a reconnect.
 */
export function useCheckIns(socket: HearthClientSocket | null, sessionId: string) {
  const client = useQueryClient();
  const key = useMemo(() => ["checkins", sessionId] as const, [sessionId]);
  const query = useQuery({
    queryKey: key,
    queryFn: async () => (await command(socket!, "checkin:list", { sessionId })).requests,
    enabled: socket !== null,
    staleTime: Infinity,
    retry,
  });
  useRefetchOnReconnect(socket, key);
  useEffect(() => {
    if (!socket) return;
    const onUpdated = (update: { sessionId: string; requests: CheckInView[] }) => {
      if (update.sessionId === sessionId) client.setQueryData(key, update.requests);
    };
    socket.on("checkins:updated", onUpdated);
    return () => void socket.off("checkins:updated", onUpdated);
  }, [socket, client, sessionId, key]);
  const setStatus = useCallback(
    async (requestId: string, status: "seen" | "done") => {
      const { request } = await command(socket!, "checkin:set", { sessionId, requestId, status });
      client.setQueryData<CheckInView[]>(key, (list) => list?.map((r) => (r.id === request.id ? request : r)));
    },
    [socket, client, sessionId, key],
  );
  return { ...query, requests: query.data, setStatus };
}

export function useScreen(sessionId: string) {
  const { socket, query, connection } = useWatchedSession<RoomState>(sessionId, { key: "screen", watch: "screen:watch", updated: "room:updated" });
  // the facilitator's page turns are instructions, not state: kept as the latest one, numbered
  const [wallCommand, setWallCommand] = useState<{ action: WallPageAction; seq: number } | null>(null);
  useEffect(() => {
    if (!socket) return;
    const onPaged = ({ sessionId: id, action }: { sessionId: string; action: WallPageAction }) => {
      if (id === sessionId) setWallCommand((c) => ({ action, seq: (c?.seq ?? 0) + 1 }));
    };
    socket.on("wall:paged", onPaged);
    return () => void socket.off("wall:paged", onPaged);
  }, [socket, sessionId]);
  return { ...query, state: query.data, connection, wallCommand };
}

// ---------------------------------------------------------------------------
// Participant phone

export type ParticipantView = ParticipantJoined & { answersByPrompt: Record<string, OwnAnswer> };

export function useParticipantSession(code: string) {
  const socket = useSocket();
  /** the connection (socket id) on which this device last joined */
  const joinedOn = useRef<string | undefined>(undefined);
  /** answers waiting to be re-sent, told when this device has (re-)joined (lib/client/answer-retry.ts) */
  const rejoinListeners = useRef(new Set<() => void>());
  const client = useQueryClient();
  const key = useMemo(() => ["participant", code.toUpperCase()] as const, [code]);
  const query = useQuery({
    queryKey: key,
    queryFn: async (): Promise<ParticipantView> => {
      const stored = window.localStorage.getItem(storageKeys.participantToken(code)) ?? undefined;
      const passphrase = window.sessionStorage.getItem(storageKeys.passphrase(code)) ?? undefined;
      const joined = await command(socket!, "participant:join", { code, token: stored, ...(passphrase ? { passphrase } : {}) });
      window.sessionStorage.removeItem(storageKeys.passphrase(code));
      joinedOn.current = socket!.id;
      // the device keeps the token: a refresh or a dropped connection rejoins as the same participant
      window.localStorage.setItem(storageKeys.participantToken(code), joined.participantToken);
      // the room is back: an answer that was not saved goes now, not when its timer says
      for (const listener of [...rejoinListeners.current]) listener();
      return { ...joined, answersByPrompt: Object.fromEntries(joined.answers.map((a) => [a.promptId, a])) };
    },
    enabled: socket !== null,
    staleTime: Infinity,
    retry,
  });
  useRefetchOnReconnect(socket, key);
  useEffect(() => {
    if (!socket) return;
    const set = (fn: (v: ParticipantView) => ParticipantView) => client.setQueryData<ParticipantView>(key, (v) => (v ? fn(v) : v));
    const onRoom = (state: RoomState) => set((v) => ({ ...v, state, myReactions: state.step?.id === v.state.step?.id ? v.myReactions : [] }));
    const onCleared = ({ promptId }: { promptId: string }) =>
      set((v) => {
        const answersByPrompt = { ...v.answersByPrompt };
        delete answersByPrompt[promptId];
        return { ...v, answersByPrompt };
      });
    const onCheckIn = ({ checkIn }: { checkIn: OwnCheckIn | null }) => set((v) => ({ ...v, checkIn }));
    const onBlocked = ({ blocked }: { blocked: boolean }) => set((v) => ({ ...v, blocked }));
    socket.on("room:updated", onRoom);
    socket.on("prompt:cleared", onCleared);
    socket.on("checkin:updated", onCheckIn);
    socket.on("participant:blocked", onBlocked);
    const unbind = bindRoomEvents<RoomState>(
      socket,
      client,
      key,
      (d) => (d as ParticipantView | undefined)?.state,
      (d, next) => ({ ...(d as ParticipantView), state: next }),
    );
    return () => {
      socket.off("room:updated", onRoom);
      socket.off("prompt:cleared", onCleared);
      socket.off("checkin:updated", onCheckIn);
      socket.off("participant:blocked", onBlocked);
      unbind();
    };
  }, [socket, client, key]);

  // Commands need this connection to have joined: after a reconnect, wait for the re-join first.
  const ensureJoined = useCallback(async () => {
    if (!socket?.connected) throw new CommandError("OFFLINE", "You're offline right now, so nothing was sent. Your answer is still here — send it again once you're reconnected.");
    if (joinedOn.current !== socket.id) await client.refetchQueries({ queryKey: key, exact: true });
  }, [socket, client, key]);

  const submitAnswer = useCallback(
    async (payload: { promptId: string; pass: true } | { promptId: string; value: unknown }, onRetrying?: (notice: RetryNotice) => void) => {
      // re-sent automatically while it could not be saved (lib/client/answer-retry.ts)
      const saved = await withRetries(
        async () => {
          await ensureJoined();
          return command(socket!, "answer:submit", payload);
        },
        onRetrying,
        {
          onRejoined: (listener) => {
            rejoinListeners.current.add(listener);
            return () => void rejoinListeners.current.delete(listener);
          },
          // for as long as the room (as this phone last heard it) still has this question open
          stillWanted: () => {
            const state = client.getQueryData<ParticipantView>(key)?.state;
            if (!state) return true;
            return state.status !== "ended" && state.step?.prompt?.id === payload.promptId && state.step.prompt.state === "open";
          },
        },
      );
      client.setQueryData<ParticipantView>(key, (v) => (v ? { ...v, answersByPrompt: { ...v.answersByPrompt, [saved.promptId]: saved } } : v));
      return saved;
    },
    [socket, client, key, ensureJoined],
  );

  const toggleReaction = useCallback(
    async (stepId: string, kind: ReactionKind) => {
      await ensureJoined();
      const { active } = await command(socket!, "reaction:toggle", { stepId, kind });
      client.setQueryData<ParticipantView>(key, (v) => (v ? { ...v, myReactions: active ? [...new Set([...v.myReactions, kind])] : v.myReactions.filter((k) => k !== kind) } : v));
    },
    [socket, client, key, ensureJoined],
  );

  const requestPause = useCallback(async () => {
    await ensureJoined();
    return command(socket!, "pause:request", {});
  }, [socket, ensureJoined]);

  /** ask, change the note, withdraw: each keeps the phone's copy of its own request in step */
  const checkIn = useCallback(
    async (action: { ask: { note?: string } } | { update: { note: string } } | "withdraw") => {
      await ensureJoined();
      const setOwn = (own: OwnCheckIn | null) => client.setQueryData<ParticipantView>(key, (v) => (v ? { ...v, checkIn: own } : v));
      if (action === "withdraw") {
        await command(socket!, "checkin:withdraw", {});
        setOwn(null);
        return { mayNeedCare: false };
      }
      const saved = "ask" in action ? await command(socket!, "checkin:request", action.ask) : await command(socket!, "checkin:update", action.update);
      setOwn(saved.checkIn);
      return saved;
    },
    [socket, client, key, ensureJoined],
  );

  return { ...query, view: query.data, submitAnswer, toggleReaction, requestPause, checkIn, connection: useConnectionStatus(socket) };
}
