import { describe, expect, it } from "vitest";
import { groupTemplates } from "../../lib/client/template-groups";

describe("the template list's groups", () => {
  it("puts own templates first and built-in ones after, each in the API's order", () => {
    const listed = [
      { id: "b1", builtIn: true },
      { id: "o1", builtIn: false },
      { id: "b2", builtIn: true },
      { id: "o2", builtIn: false },
    ];
    const { own, builtIn } = groupTemplates(listed);
    expect(own.map((t) => t.id)).toEqual(["o1", "o2"]);
    expect(builtIn.map((t) => t.id)).toEqual(["b1", "b2"]);
  });
});
