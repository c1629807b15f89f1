"use client";
// The browser's typed Socket.IO client. Same origin as the page, so the
// facilitator's session cookie travels with the handshake.
import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "../events";
import type { ClientErrorCode } from "./errors";

export type HearthClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * WebSocket first: no long-polling handshake and upgrade per phone (fewer
 * requests when a whole room joins at once), and no need for sticky sessions
 * behind a load balancer. Networks that block WebSockets (some corporate or
 * guest Wi-Fi proxies) still get in: tryAllTransports falls back to HTTP
 * long-polling, which with several processes needs sticky sessions (README).
 */
export function connectSocket(): HearthClientSocket {
  return io({ path: "/socket.io", transports: ["websocket", "polling"], tryAllTransports: true, reconnectionDelayMax: 5000, timeout: 10_000 });
}

/** Thrown when a command is refused (the server's code) or never answered (TIMEOUT, OFFLINE), with a message for a person. */
export class CommandError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Send a command and wait for its acknowledgement (or a clear timeout). */
export async function command<E extends keyof ClientToServerEvents>(
  socket: HearthClientSocket,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = 10_000,
): Promise<Parameters<ClientToServerEvents[E]>[1] extends (r: Ack<infer T>) => void ? T : never> {
  let response: Ack<unknown>;
  try {
    // biome-ignore lint/suspicious/noExplicitAny: socket.io's types cannot say emitWithAck after timeout() for an event chosen by a type parameter
    response = await (socket.timeout(timeoutMs) as any).emitWithAck(event, payload);
  } catch {
    throw new CommandError("TIMEOUT", "No answer from the server — check your connection. Nothing was lost; try again.");
  }
  if (!response.ok) throw new CommandError(response.error.code, response.error.message);
  return response.data as never;
}
