"use client";
// false while React hydrates a server-rendered page (it renders what the server rendered), true from
// the render after that — and at once for anything React renders in the browser itself. The phone's
// server-rendered buttons carry the early script's attributes until then (lib/client/early-taps.ts).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
