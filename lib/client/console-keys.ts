// The console's keyboard: which command a key press means. ← → move between
// steps, O opens/closes the prompt, R reveals/hides results, [ ] turn the
// projector's pages of answers and P pauses their rotation. Keys typed into a
// field, or with a modifier, are the browser's.

export type ConsoleKeyAction =
  | { kind: "goto"; index: number }
  | { kind: "toggleOpen" }
  | { kind: "toggleReveal" }
  | { kind: "wall"; action: "next" | "previous" | "pause" | "resume" };

export type ConsoleKeyContext = { stepIndex: number; stepCount: number; wallPages: boolean; wallPaused: boolean };
export type ConsoleKeyPress = { key: string; inField: boolean; metaKey: boolean; ctrlKey: boolean; altKey: boolean };

export function consoleKeyAction(press: ConsoleKeyPress, { stepIndex, stepCount, wallPages, wallPaused }: ConsoleKeyContext): ConsoleKeyAction | null {
  if (press.inField || press.metaKey || press.ctrlKey || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (press.key === "ArrowRight" && stepIndex < stepCount - 1) return { kind: "goto", index: stepIndex + 1 };
  if (press.key === "ArrowLeft" && stepIndex > 0) return { kind: "goto", index: stepIndex - 1 };
  if (key === "o") return { kind: "toggleOpen" };
  if (key === "r") return { kind: "toggleReveal" };
  if (wallPages && press.key === "]") return { kind: "wall", action: "next" };
  if (wallPages && press.key === "[") return { kind: "wall", action: "previous" };
  if (wallPages && key === "p") return { kind: "wall", action: wallPaused ? "resume" : "pause" };
  return null;
}
