// Every socket command goes through here: validate the payload with its zod
// schema, run the handler, and acknowledge with {ok,data} or {ok:false,error}.
// Only HearthError codes leave the server; anything else is logged and
// answered with a generic message. A missing ack never crashes anything.
import type { Socket } from "socket.io";
import { fail, ok, schemas, type Ack, type ClientToServerEvents, type SocketData, type ServerToClientEvents } from "../../lib/events";
import type { Logger } from "../logger";
import type { JoinGuard } from "../security/join-guard";
import type { ConnectionEventLimits } from "../security/connection-events";
import { isStorageError } from "../database/storage-errors";
import { HearthError } from "../services/hearth-error";
import type { LiveSession } from "../services/live-session";
import type { Change } from "./changes";
import type { RealtimeDeps } from "./deps";

export type HearthSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

type Name = keyof typeof schemas;
type Input<N extends Name> = import("zod").infer<(typeof schemas)[N]>;
type Output<N extends Name> = Parameters<ClientToServerEvents[N]>[1] extends (r: Ack<infer T>) => void ? T : never;

export const KNOWN_COMMANDS = new Set<string>(Object.keys(schemas));

export type SocketGuardOptions = {
  /** events per connection (server/security/connection-events.ts) */
  events: ConnectionEventLimits;
  join: JoinGuard;
  /** the address the connection came from: for the join limits only, never stored */
  clientIp: string;
  logger: Logger;
};

/**
 * Rate limits on every event a connection sends, known or not, before any
 * handler runs (Socket.IO middleware, so it must be installed before the
 * handlers are registered):
 * - past `softLimit` events in the window: RATE_LIMITED, the event is dropped;
 * - past `disconnectAfter`: the connection is closed (a flood, not a person);
 * - `participant:join`: the per-address join limits (server/security/join-guard.ts);
 *   a wrong code spends one of the address's misses.
 */
export function guardSocket(socket: HearthSocket, options: SocketGuardOptions) {
  const countEvent = options.events.newCounter();
  socket.use((packet, next) => {
    const event = String(packet[0]);
    const ack = packet[packet.length - 1];
    const reply = typeof ack === "function" ? (ack as (r: Ack<unknown>) => void) : () => {};
    const count = countEvent();
    if (count > options.events.disconnectAfter) {
      reply(fail("RATE_LIMITED", "Too many messages: this connection is being closed."));
      if (socket.connected) {
        options.logger.warn({ event: event.slice(0, 60), socket: socket.id }, "closing a connection that flooded events");
        socket.disconnect(true);
      }
      return;
    }
    if (count > options.events.softLimit) {
      reply(fail("RATE_LIMITED", "Too many messages at once. Please wait a few seconds, then try again."));
      return;
    }
    if (event !== "participant:join") return next();
    // a join nobody waits for an answer to is dropped: its miss could not be counted
    if (typeof ack !== "function") return;
    void (async () => {
      const refused = await options.join.admit(options.clientIp);
      if (refused) {
        reply(fail("RATE_LIMITED", refused.message));
        return;
      }
      packet[packet.length - 1] = (response: Ack<unknown>) => {
        // a wrong room passphrase is spent like a wrong code: both are guesses at a way in
        if (!response.ok && (response.error.code === "NOT_FOUND" || response.error.code === "PASSPHRASE_WRONG")) void options.join.missed(options.clientIp);
        reply(response);
      };
      next();
    })().catch((error: unknown) => {
      options.logger.error({ err: error, event: event.slice(0, 60) }, "socket guard failed");
      reply(fail("INTERNAL", "Something went wrong on the server. Please try again."));
    });
  });
}

/**
 * What a handler answers: the acknowledgement's data and the changes it made.
 * `changes` is required, so "nothing changed" (`[]`) is a choice a handler
 * writes down; the changes are applied after the acknowledgement (./changes.ts).
 */
export type Outcome<T> = { data: T; changes: [] } | { data: T; session: LiveSession; changes: Change[] };

/**
 * The command's input, or null once the sender was told why not: exactly
 * (payload, ack) — with any other arity the acknowledgement would be looked
 * for in the wrong place and the command would run unanswered — and a
 * payload its zod schema accepts. A command with no ack to answer is dropped
 * (nobody could learn what it did).
 */
function validated<N extends Name>(name: N, args: unknown[]): { input: Input<N>; reply: (r: Ack<unknown>) => void } | null {
  const ack = args[args.length - 1];
  if (typeof ack !== "function") return null;
  const reply = ack as (r: Ack<unknown>) => void;
  if (args.length !== 2) {
    reply(fail("BAD_REQUEST", `The ${name} request was not understood (send one payload object and an acknowledgement).`));
    return null;
  }
  const parsed = schemas[name].safeParse(args[0]);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "payload";
    reply(fail("BAD_REQUEST", `The ${name} request was not understood (${where}: ${parsed.error.issues[0]?.message ?? "invalid"}).`));
    return null;
  }
  return { input: parsed.data as Input<N>, reply };
}

export function registerCommand<N extends Name>(
  socket: HearthSocket,
  deps: Pick<RealtimeDeps, "logger" | "changes">,
  name: N,
  handler: (input: Input<N>) => Promise<Outcome<Output<N>>>,
) {
  const { logger, changes } = deps;
  socket.on(
    name as never,
    (async (...args: unknown[]) => {
      const command = validated(name, args);
      if (!command) return;
      const { input, reply } = command;
      try {
        const outcome = await handler(input);
        reply(ok(outcome.data));
        // sockets (here and elsewhere) hear of it only after the sender heard that it worked
        if ("session" in outcome) changes.apply(outcome.session, outcome.changes, "here");
      } catch (error) {
        if (error instanceof HearthError) {
          reply(fail(error.code, error.message));
          return;
        }
        logger.error({ err: error, event: name }, "socket command failed");
        reply(
          fail(
            isStorageError(error) ? "UNAVAILABLE" : "INTERNAL",
            isStorageError(error) ? "Not saved: the server could not reach its database. Please try again." : "Something went wrong on the server. Please try again.",
          ),
        );
      }
    }) as never,
  );
}

/** One refusing listener per command, shared by every socket that gets it (see refuseCommands). */
const refusals = new Map<Name, (...args: unknown[]) => void>();

/**
 * Commands this socket can never be allowed, answered as their handlers
 * would answer it: validated, then UNAUTHENTICATED. A facilitator is known
 * only from the sign-in at the handshake, so a socket without one — every
 * phone — would have every facilitator command refused; one listener per
 * command, shared by all such sockets, does that without the closures a
 * facilitator's socket holds for them (a 10,000-person room paid for
 * 200,000 of them: bench/README.md).
 */
export function refuseCommands(socket: HearthSocket, names: readonly Name[], message: string) {
  for (const name of names) {
    let refuse = refusals.get(name);
    if (!refuse) {
      refuse = (...args: unknown[]) => validated(name, args)?.reply(fail("UNAUTHENTICATED", message));
      refusals.set(name, refuse);
    }
    socket.on(name as never, refuse as never);
  }
}
