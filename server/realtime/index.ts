// Socket.IO on Hearth's HTTP server. Never calls listen(): the caller owns
// the server, so tests can run the real thing on port 0.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { fail } from "../../lib/events";
import type { Auth } from "../auth";
import { facilitatorFromHeaders } from "../auth";
import type { Logger } from "../logger";
import type { Security } from "../security";
import type { SessionService } from "../services/session-service";
import type { CheckInService } from "../services/check-in-service";
import { registerCheckInHandlers } from "./check-in-handlers";
import { createBroadcaster, type HearthServer } from "./broadcaster";
import { createChangePath } from "./changes";
import { createCluster, SINGLE_PROCESS } from "./cluster";
import type { RealtimeDeps } from "./deps";
import { guardSocket, KNOWN_COMMANDS, type HearthSocket } from "./command";
import { refuseFacilitatorCommands, registerFacilitatorHandlers } from "./facilitator-handlers";
import { registerParticipantHandlers } from "./participant-handlers";
import { rooms } from "./rooms";

/** Socket messages larger than this are refused by the transport (answers are tiny). */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

export type RealtimeOptions = {
  auth: Auth;
  sessions: SessionService;
  checkIns: CheckInService;
  logger: Logger;
  /** origins allowed to open a socket (checked against the Origin header) */
  allowedOrigins: (origin: string) => boolean;
  /** rate limits (server/security) */
  security: Security;
  /** how often open facilitator connections re-check that their sign-in is still valid */
  facilitatorRecheckMs?: number;
  /** redis://… — several processes: the Redis adapter and the session sync (./cluster.ts) */
  redisUrl?: string;
  /** Redis channel prefix of the sync (processes with the same prefix form one cluster) */
  redisKeyPrefix?: string;
};

/** A signed-out, expired or revoked facilitator session stops reaching the console within this time. */
export const FACILITATOR_RECHECK_MS = 60_000;

export function createRealtime(httpServer: HttpServer, options: RealtimeOptions) {
  const io: HearthServer = new Server(httpServer, {
    path: "/socket.io",
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    // answers are small and frequent; compressing each costs more CPU than it saves
    perMessageDeflate: false,
    httpCompression: false,
    // other upgrade requests (Next's hot reload in development) are not ours to destroy
    destroyUpgrade: false,
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      // browsers always send Origin on cross-site requests; a missing one is a non-browser client
      if (origin && !options.allowedOrigins(origin)) return callback("origin not allowed", false);
      // JSONP polling (`?j=`) wraps messages in a script for pages of any origin; Hearth's client never uses it
      if (new URL(req.url ?? "/", "http://hearth.invalid").searchParams.has("j")) return callback("JSONP polling is not served", false);
      // new connections per address (counted only for handshakes; never stored)
      options.security.connections.consume(options.security.clientIp(req)).then(
        (budget) => (budget.allowed ? callback(null, true) : callback("too many connections from this address; wait a minute", false)),
        () => callback(null, true),
      );
    },
  });
  const broadcaster = createBroadcaster(io, {
    checkIns: options.checkIns,
    logger: options.logger,
    // several processes take joins: the database has the count
    recountParticipants: options.redisUrl ? (session) => options.sessions.recountParticipants(session) : undefined,
    release: async (session, prompt) => {
      const changed = await options.sessions.releaseIfDue(session, prompt);
      // the other processes read the new release from the database (and send it to their own sockets);
      // this process's sockets get it from the broadcaster itself, so this goes to the peers alone
      if (changed) cluster.send([{ kind: "released", sessionId: session.id, promptId: prompt.id }]);
      return changed;
    },
    onReleaseError: (error) => options.logger.warn({ err: error }, "could not store a new breakdown; the room keeps the last one"),
  });
  const cluster = options.redisUrl
    ? createCluster({
        io,
        redisUrl: options.redisUrl,
        keyPrefix: options.redisKeyPrefix ?? "hearth",
        sessions: options.sessions,
        onChange: (session, change) => changes.apply(session, [change], "peer"),
        logger: options.logger,
      })
    : SINGLE_PROCESS;
  // the one way a change reaches sockets, here and (through the cluster) on the other processes
  const changes = createChangePath({ broadcaster, peers: () => cluster, logger: options.logger });
  const deps: RealtimeDeps = { sessions: options.sessions, checkIns: options.checkIns, changes, logger: options.logger };

  // The facilitator is recognised from the same session cookie as the pages.
  io.use(async (socket, next) => {
    socket.data.role = null;
    socket.data.participant = null;
    socket.data.facilitatorId = null;
    try {
      const cookie = socket.handshake.headers.cookie;
      if (cookie) {
        const facilitator = await facilitatorFromHeaders(options.auth, new Headers({ cookie }));
        socket.data.facilitatorId = facilitator?.id ?? null;
      }
      next();
    } catch (error) {
      options.logger.error({ err: error }, "socket handshake failed");
      next(new Error("Could not check your sign-in; please reload."));
    }
  });

  // A facilitator's sign-in is checked at the handshake and again before each
  // command and every minute: a session that was signed out, expired or
  // revoked (password changed or reset) loses the console at once.
  async function stillSignedIn(socket: HearthSocket): Promise<void> {
    const id = socket.data.facilitatorId;
    if (!id) return;
    const cookie = socket.handshake.headers.cookie ?? "";
    const facilitator = await facilitatorFromHeaders(options.auth, new Headers({ cookie }));
    if (facilitator?.id === id || socket.data.facilitatorId !== id) return;
    signOut(socket);
  }

  /**
   * The sign-in ended: the socket loses the facilitator and leaves every
   * console and projector room in the same synchronous step, with no await
   * in between, so no broadcast can reach a socket that was already refused.
   * (It leaves them whatever its role says: a room it should not be in is
   * left too.)
   */
  function signOut(socket: HearthSocket) {
    socket.data.facilitatorId = null;
    if (socket.data.role === "facilitator") socket.data.role = null;
    for (const room of [...socket.rooms]) if (rooms.isFacilitatorRoom(room)) void socket.leave(room);
  }
  const recheck = setInterval(() => {
    for (const socket of io.of("/").sockets.values())
      if (socket.data.facilitatorId) stillSignedIn(socket).catch((error) => options.logger.warn({ err: error }, "could not re-check a facilitator's sign-in"));
  }, options.facilitatorRecheckMs ?? FACILITATOR_RECHECK_MS);
  recheck.unref();
  httpServer.once("close", () => clearInterval(recheck));

  io.on("connection", (socket) => {
    // the guards run before every handler, in this order
    guardSocket(socket, {
      events: options.security.socketEvents,
      join: options.security.join,
      clientIp: options.security.clientIp(socket.request),
      logger: options.logger,
    });
    socket.use((packet, next) => {
      if (!socket.data.facilitatorId || !KNOWN_COMMANDS.has(String(packet[0]))) return next();
      stillSignedIn(socket).then(
        () => next(),
        (error) => {
          options.logger.warn({ err: error }, "could not re-check a facilitator's sign-in");
          next();
        },
      );
    });
    registerParticipantHandlers(socket, deps);
    // the sign-in was read at the handshake and is never added later: without one, the facilitator's
    // commands can only be refused, and are, by listeners every such socket shares
    if (socket.data.facilitatorId) registerFacilitatorHandlers(socket, deps);
    else refuseFacilitatorCommands(socket);
    registerCheckInHandlers(socket, deps);
    // Unknown events get a clear error (when the sender asked for an answer)
    socket.onAny((event: string, ...args: unknown[]) => {
      if (KNOWN_COMMANDS.has(event)) return;
      const ack = args[args.length - 1];
      // the name is the sender's text: only printable ASCII of it is echoed back
      const shown = String(event)
        .slice(0, 60)
        .replace(/[^\x20-\x7E]/g, "?");
      if (typeof ack === "function") ack(fail("UNKNOWN_EVENT", `Hearth does not know the event "${shown}".`));
    });
  });

  /**
   * A co-facilitator was removed: their consoles and projectors of this
   * session, on every process (the Redis adapter reaches the others), leave
   * its rooms and are told. Every later command is refused anyway, since each
   * asks server/services/session-access.ts again.
   */
  async function revokeAccess(sessionId: string, facilitatorId: string) {
    const sessionRooms = [rooms.console(sessionId), rooms.screens(sessionId)];
    const sockets = await io.in(sessionRooms).fetchSockets();
    for (const socket of sockets) {
      if (socket.data.facilitatorId !== facilitatorId) continue;
      socket.leave(sessionRooms[0]);
      socket.leave(sessionRooms[1]);
      socket.emit("access:revoked", { sessionId, message: "The session's owner removed you as a co-facilitator; this console no longer controls the session." });
    }
  }

  /** The account was disabled or its password reset: every socket it has open, on every process, is closed. */
  async function disconnectFacilitator(facilitatorId: string) {
    for (const socket of await io.fetchSockets()) if (socket.data.facilitatorId === facilitatorId) socket.disconnect(true);
  }

  return { io, broadcaster, cluster, changes, revokeAccess, disconnectFacilitator };
}

export type Realtime = ReturnType<typeof createRealtime>;
