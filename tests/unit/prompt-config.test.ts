// The phone reads a prompt's configuration without zod (lib/client/prompt-config.ts): whatever the
// server's schemas accept (lib/activities.ts) it reads the same, defaults included; a shape it does
// not know gives null (the form then offers only Pass).
import { describe, expect, it } from "vitest";
import { activityConfigSchemas, ACTIVITY_KINDS } from "../../lib/activities";
import { readPromptConfig } from "../../lib/client/prompt-config";

const options = [
  { id: "a", label: "Friends" },
  { id: "b", label: "Family" },
  { id: "c", label: "A counsellor" },
];
const ACCEPTED = {
  single_choice: [{ options }],
  multiple_choice: [{ options }, { options, maxSelections: 2 }],
  scale: [{ max: 5 }, { max: 10, minLabel: "Not at all", maxLabel: "Very" }],
  word_cloud: [{}, { maxWords: 1 }],
  open_text: [{}, { maxLength: 500 }],
  ranking: [{ options }],
} as const;

describe("a prompt's configuration, as a phone reads it", () => {
  it("reads what the server's schemas accept exactly as they do, defaults included", () => {
    for (const kind of ACTIVITY_KINDS)
      for (const config of ACCEPTED[kind]) {
        const server = activityConfigSchemas[kind].safeParse(config);
        expect(server.success, `${kind} ${JSON.stringify(config)}`).toBe(true);
        expect(readPromptConfig(kind, config), `${kind} ${JSON.stringify(config)}`).toEqual(server.data);
      }
  });

  it("gives null for a kind or a shape it does not know", () => {
    expect(readPromptConfig("nonsense" as "scale", { max: 5 })).toBeNull();
    for (const [kind, config] of [
      ["single_choice", { options: [] }],
      ["single_choice", { options: [options[0]] }],
      ["single_choice", { options: [options[0], options[0]] }],
      ["single_choice", { options: [{ id: "a" }, { id: "b", label: "B" }] }],
      ["multiple_choice", { options, maxSelections: 0 }],
      ["scale", { max: "5" }],
      ["scale", { max: 1 }],
      ["scale", { max: 5, minLabel: 3 }],
      ["word_cloud", { maxWords: 1.5 }],
      ["open_text", { maxLength: "long" }],
      ["ranking", null],
      ["ranking", [options]],
    ] as const)
      expect(readPromptConfig(kind, config), `${kind} ${JSON.stringify(config)}`).toBeNull();
  });
});
