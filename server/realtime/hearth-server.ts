// The Socket.IO server as Hearth types it: the events both ways (lib/events.ts)
// and what a socket carries. Its own file so that the broadcaster's parts and
// the cluster share it without importing each other.
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "../../lib/events";

export type HearthServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
