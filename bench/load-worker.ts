// A load generator: one process holding a slice of the participants, each a
// real socket.io-client (websocket transport, Origin header like a browser).
// Forked by bench/run.ts and driven over IPC:
//   { type: "connect", url, origin, joinCode, count, concurrency, timeoutMs, firstAddress, urls?, watchRoom? }   (may be sent again: adds `count` more)
//       urls (several Hearth processes): the participant with worker-wide index i connects to urls[i % urls.length],
//       with that address as its Origin (url and origin are then ignored); watchRoom: follow each socket's
//       room:updated, for waitOpen
//       → { type: "progress", joined, failed } every 2 s, then
//         { type: "connected", joined, failed, errors, durations, firstStartAt, lastJoinedAt, tokens, on }
//            (on: for each participant of this connect, the index in urls it connected to; 0 without urls)
//   { type: "waitOpen", promptId, timeoutMs } (with watchRoom) → once every connected socket's room shows the prompt
//       open, or after timeoutMs: { type: "open", ready, total, lastOpenAt } (lastOpenAt[i]: when the last socket
//       on urls[i] saw it open; 0 if none did)
//   { type: "roomUpdates" } (with watchRoom) → { type: "roomUpdates", counts } (counts[i]: room:updated events the
//       sockets on urls[i] received since the last burst began; counting stops until the next burst)
//   { type: "burst", promptId, kind, options?, max?, spreadMs, ackTimeoutMs }
//       → { type: "burstDone", sent, acked, failed, errors, firstSentAt, lastAckAt }
//   { type: "records" } → { type: "records", records: [participant, promptId, value, sentAt, ackAt|null][] }
//   { type: "reset" } → disconnects everyone (the worker can be used for the next target) → { type: "reset" }
//   { type: "close" } → disconnects everyone and exits
// Timestamps are epoch milliseconds from bench/metrics.ts `now()`, comparable across processes.
import { io, type Socket } from "socket.io-client";
import { now } from "./metrics";

type Message =
  | {
      type: "connect";
      url: string;
      origin: string;
      joinCode: string;
      count: number;
      concurrency: number;
      timeoutMs: number;
      firstAddress: number;
      urls?: string[];
      watchRoom?: boolean;
    }
  | { type: "waitOpen"; promptId: string; timeoutMs: number }
  | { type: "roomUpdates" }
  | { type: "burst"; promptId: string; kind: "single_choice" | "scale"; options?: string[]; max?: number; spreadMs: number; ackTimeoutMs: number }
  | { type: "records" }
  | { type: "reset" }
  | { type: "close" };

type Ack = { ok: true; data: any } | { ok: false; error: { code: string; message: string } };

/** participant index (within this worker), promptId, value index, sentAt, ackAt (null: not acknowledged) */
export type WireRecord = [number, string, number, number, number | null];

const sockets: (Socket | null)[] = [];
const records: WireRecord[] = [];
/** per socket (watchRoom): which of the urls it is on, the prompt its room shows open, and since when */
const targetOf: number[] = [];
const openPrompt: (string | null)[] = [];
const openSince: number[] = [];
let urlCount = 1;
/** room:updated events per url since the current burst began (null: not counting) */
let roomUpdates: number[] | null = null;

type RoomView = { step?: { prompt?: { id: string; state: string } | null } | null } | null | undefined;
function watchRoom(index: number, state: RoomView) {
  if (roomUpdates) roomUpdates[targetOf[index] ?? 0]!++;
  const open = state?.step?.prompt?.state === "open" ? state.step.prompt.id : null;
  if (open !== openPrompt[index]) {
    openPrompt[index] = open;
    openSince[index] = now();
  }
}

function send(message: object) {
  process.send!(message);
}

/** The n-th address in 10.0.0.0/8, skipping .0 and .255 (n < 16 million). */
function fakeAddress(n: number): string {
  const host = 1 + (n % 254);
  const rest = Math.floor(n / 254);
  return `10.${(rest >> 8) & 255}.${rest & 255}.${host}`;
}

function countError(errors: Record<string, number>, code: string) {
  errors[code] = (errors[code] ?? 0) + 1;
}

async function connectAll(m: Extract<Message, { type: "connect" }>) {
  const errors: Record<string, number> = {};
  const durations: number[] = [];
  const tokens: (string | null)[] = new Array(m.count).fill(null);
  const on: number[] = new Array(m.count).fill(0);
  if (m.urls) urlCount = m.urls.length;
  let next = 0;
  let joined = 0;
  let lastJoinedAt = 0;
  const firstStartAt = now();
  let failedSoFar = 0;
  const progress = setInterval(() => send({ type: "progress", joined, failed: failedSoFar }), 2000);

  // a second connect adds to the sockets already held; records use the worker-wide index
  const base = sockets.length;
  const joinOne = (local: number) =>
    new Promise<void>((resolve) => {
      const index = base + local;
      const target = m.urls ? index % m.urls.length : 0;
      const url = m.urls ? m.urls[target]! : m.url;
      on[local] = target;
      targetOf[index] = target;
      const started = now();
      const socket = io(url, {
        path: "/socket.io",
        transports: ["websocket"],
        forceNew: true,
        reconnection: false,
        timeout: m.timeoutMs,
        // each phone its own (made-up, private) address; Hearth believes it from a loopback proxy
        extraHeaders: { origin: m.urls ? url : m.origin, "x-forwarded-for": fakeAddress(m.firstAddress + local) },
      });
      sockets[index] = socket;
      if (m.watchRoom) socket.on("room:updated", (state: RoomView) => watchRoom(index, state));
      const fail = (code: string) => {
        countError(errors, code);
        failedSoFar++;
        socket.disconnect();
        sockets[index] = null;
        resolve();
      };
      socket.once("connect_error", (error) => fail(`connect_error: ${error.message}`));
      socket.once("connect", () => {
        socket.timeout(m.timeoutMs).emit("participant:join", { code: m.joinCode }, (error: Error | null, ack: Ack) => {
          if (error) return fail("join timeout");
          if (!ack.ok) return fail(ack.error.code);
          tokens[local] = ack.data.participantToken;
          if (m.watchRoom) watchRoom(index, ack.data.state);
          joined++;
          lastJoinedAt = now();
          durations.push(lastJoinedAt - started);
          resolve();
        });
      });
    });

  await Promise.all(
    Array.from({ length: Math.max(1, m.concurrency) }, async () => {
      while (next < m.count) await joinOne(next++);
    }),
  );
  clearInterval(progress);
  send({ type: "connected", joined, failed: m.count - joined, errors, durations, firstStartAt, lastJoinedAt, tokens, on });
}

async function burst(m: Extract<Message, { type: "burst" }>) {
  const errors: Record<string, number> = {};
  let sent = 0;
  let acked = 0;
  let firstSentAt = Infinity;
  let lastAckAt = 0;
  const pending: Promise<void>[] = [];
  roomUpdates = new Array(urlCount).fill(0);

  const answerOne = (index: number, socket: Socket) =>
    new Promise<void>((resolve) => {
      const choice = m.kind === "scale" ? 1 + Math.floor(Math.random() * m.max!) : Math.floor(Math.random() * m.options!.length);
      const value = m.kind === "scale" ? { value: choice } : { optionId: m.options![choice] };
      const record: WireRecord = [index, m.promptId, choice, now(), null];
      records.push(record);
      if (record[3] < firstSentAt) firstSentAt = record[3];
      sent++;
      socket.timeout(m.ackTimeoutMs).emit("answer:submit", { promptId: m.promptId, value }, (error: Error | null, ack: Ack) => {
        if (error) countError(errors, "ack timeout");
        else if (!ack.ok) countError(errors, ack.error.code);
        else {
          record[4] = now();
          acked++;
          if (record[4] > lastAckAt) lastAckAt = record[4];
        }
        resolve();
      });
    });

  for (let index = 0; index < sockets.length; index++) {
    const socket = sockets[index];
    if (!socket) continue;
    if (m.spreadMs > 0) {
      pending.push(new Promise<void>((resolve) => setTimeout(() => answerOne(index, socket).then(resolve), Math.random() * m.spreadMs)));
    } else {
      pending.push(answerOne(index, socket));
    }
  }
  await Promise.all(pending);
  send({ type: "burstDone", sent, acked, failed: sent - acked, errors, firstSentAt: sent ? firstSentAt : 0, lastAckAt });
}

/** Resolves once every connected socket's room shows `promptId` open (or at the timeout). */
async function waitOpen(m: Extract<Message, { type: "waitOpen" }>) {
  const until = now() + m.timeoutMs;
  const live = () => sockets.flatMap((s, i) => (s ? [i] : []));
  while (live().some((i) => openPrompt[i] !== m.promptId) && now() < until) await new Promise((r) => setTimeout(r, 5));
  const lastOpenAt: number[] = new Array(urlCount).fill(0);
  let ready = 0;
  for (const i of live()) {
    if (openPrompt[i] !== m.promptId) continue;
    ready++;
    const t = targetOf[i] ?? 0;
    lastOpenAt[t] = Math.max(lastOpenAt[t]!, openSince[i]!);
  }
  send({ type: "open", ready, total: live().length, lastOpenAt });
}

process.on("message", (m: Message) => {
  if (m.type === "connect") void connectAll(m);
  else if (m.type === "waitOpen") void waitOpen(m);
  else if (m.type === "roomUpdates") {
    send({ type: "roomUpdates", counts: roomUpdates ?? new Array(urlCount).fill(0) });
    roomUpdates = null;
  } else if (m.type === "burst") void burst(m);
  else if (m.type === "records") send({ type: "records", records: records.splice(0) });
  else if (m.type === "reset") {
    for (const socket of sockets) socket?.disconnect();
    sockets.length = 0;
    records.length = 0;
    targetOf.length = 0;
    openPrompt.length = 0;
    openSince.length = 0;
    urlCount = 1;
    roomUpdates = null;
    setTimeout(() => send({ type: "reset" }), 200);
  } else if (m.type === "close") {
    for (const socket of sockets) socket?.disconnect();
    setTimeout(() => process.exit(0), 100);
  }
});
send({ type: "ready" });
