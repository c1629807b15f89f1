"use client";
// The console's commands and its keyboard (lib/client/console-keys.ts): each
// command is sent on the socket, and a refusal is shown as the console's one
// problem line until the next command.
import { useCallback, useEffect, useState } from "react";
import { consoleKeyAction } from "../../lib/client/console-keys";
import type { ConsoleState, WallPageAction } from "../../lib/events";
import type { useConsole } from "../../lib/client/live-hooks";

/** the console's socket command, for the parts that send their own */
export type ConsoleSend = ReturnType<typeof useConsole>["send"];

export function useConsoleControls(state: ConsoleState | null | undefined, send: ConsoleSend) {
  // the last refusal, as its error (the console shows the message for its code)
  const [problem, setProblem] = useState<unknown>(null);

  const run = useCallback(async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (e) {
      setProblem(e ?? new Error("failed"));
    }
  }, []);

  const prompt = state?.step?.prompt ?? null;
  const stepIndex = state?.step?.index ?? 0;

  const goto = useCallback((index: number) => run(() => send("step:goto", { index })), [run, send]);
  const toggleOpen = useCallback(() => {
    if (!prompt) return;
    void run(() => send(prompt.state === "open" ? "prompt:close" : "prompt:open", { promptId: prompt.id }));
  }, [prompt, run, send]);
  const toggleReveal = useCallback(() => {
    if (!prompt) return;
    void run(() => send(prompt.resultsRevealed ? "results:hide" : "results:reveal", { promptId: prompt.id }));
  }, [prompt, run, send]);

  // whether this console last paused the projector's rotation (the projector keeps the real state)
  const [wallPaused, setWallPaused] = useState(false);
  const pageWall = useCallback(
    (action: WallPageAction) => {
      if (action === "pause" || action === "resume") setWallPaused(action === "pause");
      void run(() => send("wall:page", { action }));
    },
    [run, send],
  );
  const wallPages = prompt?.kind === "open_text" && prompt.resultsRevealed;

  useEffect(() => {
    if (!state || state.status === "ended") return;
    const onKey = (event: KeyboardEvent) => {
      const inField = Boolean((event.target as HTMLElement).closest("input, textarea, select, [contenteditable]"));
      const action = consoleKeyAction(
        { key: event.key, inField, metaKey: event.metaKey, ctrlKey: event.ctrlKey, altKey: event.altKey },
        { stepIndex, stepCount: state.stepCount, wallPages, wallPaused },
      );
      if (!action) return;
      if (action.kind === "goto") void goto(action.index);
      else if (action.kind === "toggleOpen") toggleOpen();
      else if (action.kind === "toggleReveal") toggleReveal();
      else pageWall(action.action);
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state, stepIndex, goto, toggleOpen, toggleReveal, wallPages, wallPaused, pageWall]);

  return { problem, run, prompt, stepIndex, goto, toggleOpen, toggleReveal, wallPaused, pageWall, wallPages };
}

export type ConsoleControls = ReturnType<typeof useConsoleControls>;
