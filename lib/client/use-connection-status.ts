"use client";
import { useEffect, useState } from "react";
import type { HearthClientSocket } from "./socket";

export type ConnectionStatus = "connecting" | "live" | "reconnecting";

/** connecting → live → reconnecting (automatic) → live … */
export function useConnectionStatus(socket: HearthClientSocket | null): ConnectionStatus {
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  useEffect(() => {
    if (!socket) return;
    const live = () => setStatus("live");
    const lost = () => setStatus("reconnecting");
    if (socket.connected) live();
    socket.on("connect", live);
    socket.on("disconnect", lost);
    socket.on("connect_error", lost);
    return () => {
      socket.off("connect", live);
      socket.off("disconnect", lost);
      socket.off("connect_error", lost);
    };
  }, [socket]);
  return status;
}
