// Every socket command goes through here: validate the payload with its zod
// schema, run the handler, and acknowledge with {ok,data} or {ok:false,error}.
// Only HearthError codes leave the server; anything else is logged and
// answered with a generic message. A missing ack never crashes anything.
import type { Socket } from "socket.io";
import { fail, ok, schemas, type Ack, type ClientToServerEvents, type SocketData, type ServerToClientEvents } from "../../lib/events";
import type { Logger } from "../logger";
import { HearthError } from "../services/hearth-error";

export type HearthSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

type Name = keyof typeof schemas;
type Input<N extends Name> = import("zod").infer<(typeof schemas)[N]>;
type Output<N extends Name> = Parameters<ClientToServerEvents[N]>[1] extends (r: Ack<infer T>) => void ? T : never;

export const KNOWN_COMMANDS = new Set<string>(Object.keys(schemas));

export function registerCommand<N extends Name>(
  socket: HearthSocket,
  logger: Logger,
  name: N,
  handler: (input: Input<N>) => Promise<{ data: Output<N>; after?: () => void }>,
) {
  socket.on(name as never, (async (payload: unknown, ack: unknown) => {
    const reply = typeof ack === "function" ? (ack as (r: Ack<unknown>) => void) : () => {};
    const parsed = schemas[name].safeParse(payload);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join(".") || "payload";
      reply(fail("BAD_REQUEST", `The ${name} request was not understood (${where}: ${parsed.error.issues[0]?.message ?? "invalid"}).`));
      return;
    }
    try {
      const { data, after } = await handler(parsed.data as Input<N>);
      reply(ok(data));
      after?.(); // broadcast only after the sender heard that it worked
    } catch (error) {
      if (error instanceof HearthError) {
        reply(fail(error.code, error.message));
        return;
      }
      logger.error({ err: error, event: name }, "socket command failed");
      reply(fail(isStorageError(error) ? "UNAVAILABLE" : "INTERNAL", isStorageError(error) ? "Not saved: the server could not reach its database. Please try again." : "Something went wrong on the server. Please try again."));
    }
  }) as never);
}

/** Prisma's "can't reach / timed out" family and driver connection errors. */
function isStorageError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return /^P10\d\d$/.test(code) || /^P2024$/.test(code) || ["ECONNREFUSED", "ECONNRESET", "SQLITE_BUSY", "57P01"].includes(code);
}
