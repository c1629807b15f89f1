// The baseline: the least a server can do for the bench's workload with the
// same stack (Node, http, Socket.IO 4.8 over `ws`, the same server options as
// Hearth's server/realtime/index.ts). It speaks the parts of Hearth's socket
// contract the bench uses, with no validation, no authentication and no
// database:
//   participant:join  → ack with a made-up token; joins the participants room
//   answer:submit     → count it in memory, ack, schedule a coalesced broadcast
//   console:watch, screen:watch → join the console / screens room
//   step:goto, prompt:open, prompt:close → ack (nothing to do)
//   results:reveal → ack; phones get that prompt's counts from then on
// The changed prompts' counts go out as `aggregate:updated` to the same rooms
// at the same pace as Hearth's (server/realtime/broadcaster.ts): screens and
// the console every 100 ms, phones every 250 ms and only once the results are
// revealed. Whatever Hearth does on top of this is the cost of its rules, its
// storage and its state.
//
// Run by bench/run.ts (fork); reports its port over IPC like bench/hearth-child.ts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { Server } from "socket.io";
import { serveStats } from "./child-stats";

// Hearth's SCREEN_FLUSH_MS and PHONE_FLUSH_MS
const SCREEN_FLUSH_MS = 100;
const PHONE_FLUSH_MS = 250;
const SESSION_ID = "baseline";
const rooms = { participants: "participants", screens: "screens", console: "console" };
type Ack = (response: unknown) => void;

serveStats();
const httpServer = createServer((_req, res) => res.writeHead(404).end());
const io = new Server(httpServer, {
  path: "/socket.io",
  maxHttpBufferSize: 64 * 1024,
  perMessageDeflate: false,
  httpCompression: false,
});

const counts = new Map<string, number>();
const revealed = new Set<string>();
let participants = 0;

/** Changed prompts, sent to `audience` at most every `ms`. */
function coalesced(ms: number, audience: (promptId: string) => string[]) {
  const changed = new Set<string>();
  let _timer: NodeJS.Timeout | null = null;
  const flush = () => {
    _timer = null;
    for (const promptId of changed) {
      const to = audience(promptId);
      if (to.length) io.to(to).emit("aggregate:updated", { sessionId: SESSION_ID, aggregate: { promptId, answerCount: counts.get(promptId) ?? 0, passCount: 0 } });
    }
    changed.clear();
  };
  return (promptId: string) => {
    changed.add(promptId);
    _timer ??= setTimeout(flush, ms);
  };
}
const toScreens = coalesced(SCREEN_FLUSH_MS, () => [rooms.screens, rooms.console]);
const toPhones = coalesced(PHONE_FLUSH_MS, (promptId) => (revealed.has(promptId) ? [rooms.participants] : []));

io.on("connection", (socket) => {
  const ok = (ack: unknown, data: unknown) => typeof ack === "function" && (ack as Ack)({ ok: true, data });
  socket.on("participant:join", (_payload: unknown, ack: unknown) => {
    participants++;
    socket.join(rooms.participants);
    ok(ack, { participantToken: randomBytes(32).toString("base64url"), sessionId: SESSION_ID, state: { participantCount: participants }, answers: [], myReactions: [] });
  });
  socket.on("answer:submit", (payload: { promptId: string; value?: unknown }, ack: unknown) => {
    const promptId = payload.promptId;
    counts.set(promptId, (counts.get(promptId) ?? 0) + 1);
    ok(ack, { promptId, passed: false, value: payload.value ?? null });
    toScreens(promptId);
    toPhones(promptId);
  });
  socket.on("console:watch", (_payload: unknown, ack: unknown) => {
    socket.join(rooms.console);
    ok(ack, { sessionId: SESSION_ID });
  });
  socket.on("screen:watch", (_payload: unknown, ack: unknown) => {
    socket.join(rooms.screens);
    ok(ack, { sessionId: SESSION_ID });
  });
  socket.on("results:reveal", (payload: { promptId: string }, ack: unknown) => {
    revealed.add(payload.promptId);
    ok(ack, null);
  });
  for (const command of ["step:goto", "prompt:open", "prompt:close"]) socket.on(command, (_payload: unknown, ack: unknown) => ok(ack, null));
});

httpServer.listen(0, "127.0.0.1", () => process.send!({ type: "ready", port: (httpServer.address() as AddressInfo).port }));
