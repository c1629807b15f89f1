import { describe, expect, it } from "vitest";
import { consoleKeyAction, type ConsoleKeyContext, type ConsoleKeyPress } from "../../../lib/client/console-keys";

const press = (key: string, more: Partial<ConsoleKeyPress> = {}): ConsoleKeyPress => ({ key, inField: false, metaKey: false, ctrlKey: false, altKey: false, ...more });
const middle: ConsoleKeyContext = { stepIndex: 2, stepCount: 5, wallPages: false, wallPaused: false };

describe("the console's keys", () => {
  it("move between steps, not past either end", () => {
    expect(consoleKeyAction(press("ArrowRight"), middle)).toEqual({ kind: "goto", index: 3 });
    expect(consoleKeyAction(press("ArrowLeft"), middle)).toEqual({ kind: "goto", index: 1 });
    expect(consoleKeyAction(press("ArrowLeft"), { ...middle, stepIndex: 0 })).toBeNull();
    expect(consoleKeyAction(press("ArrowRight"), { ...middle, stepIndex: 4 })).toBeNull();
  });

  it("open/close and reveal/hide the prompt, in either case", () => {
    expect(consoleKeyAction(press("o"), middle)).toEqual({ kind: "toggleOpen" });
    expect(consoleKeyAction(press("O"), middle)).toEqual({ kind: "toggleOpen" });
    expect(consoleKeyAction(press("r"), middle)).toEqual({ kind: "toggleReveal" });
  });

  it("turn and pause the projector's pages only while a wall pages", () => {
    expect(consoleKeyAction(press("]"), middle)).toBeNull();
    expect(consoleKeyAction(press("p"), middle)).toBeNull();
    const wall = { ...middle, wallPages: true };
    expect(consoleKeyAction(press("]"), wall)).toEqual({ kind: "wall", action: "next" });
    expect(consoleKeyAction(press("["), wall)).toEqual({ kind: "wall", action: "previous" });
    expect(consoleKeyAction(press("p"), wall)).toEqual({ kind: "wall", action: "pause" });
    expect(consoleKeyAction(press("P"), { ...wall, wallPaused: true })).toEqual({ kind: "wall", action: "resume" });
  });

  it("leave typing in a field and modified keys to the browser", () => {
    expect(consoleKeyAction(press("o", { inField: true }), middle)).toBeNull();
    expect(consoleKeyAction(press("ArrowRight", { altKey: true }), middle)).toBeNull();
    expect(consoleKeyAction(press("r", { metaKey: true }), middle)).toBeNull();
    expect(consoleKeyAction(press("r", { ctrlKey: true }), middle)).toBeNull();
    expect(consoleKeyAction(press("x"), middle)).toBeNull();
  });
});
