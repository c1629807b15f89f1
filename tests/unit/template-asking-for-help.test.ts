// The built-in "Asking for help" template: valid, complete (every activity
// kind, the check-in/check-out pair), projector-sized, and safe to ship to any
// country (no hard-coded hotline numbers).
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "../../lib/activities";
import { parseTemplateContent, templateContentSchema } from "../../lib/template-schema";
import { ASKING_FOR_HELP_KEY, askingForHelpTemplate as template } from "../../content/asking-for-help";
import { hasPlaceholderResources, starterResources as starterCard } from "../../content/starter";

const starterResources = starterCard("en");

const MAX_BODY_WORDS = 90;
const words = (markdown: string) =>
  markdown
    .replace(/[*_>#`]/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
const prompts = template.steps.flatMap((step, index) => (step.prompt ? [{ index, step, prompt: step.prompt }] : []));
const promptByKey = (key: string) => prompts.find((p) => p.prompt.key === key)!;

describe("built-in template: Asking for help", () => {
  it("is valid, and already in the schema's normalised form", () => {
    const parsed = parseTemplateContent(template);
    expect(parsed).toEqual({ ok: true, content: template });
    expect(templateContentSchema.parse(template)).toEqual(template);
    expect(ASKING_FOR_HELP_KEY).toBe("asking-for-help");
  });

  it("uses every activity kind at least once", () => {
    const kinds = new Set(prompts.map((p) => p.prompt.kind));
    for (const kind of ACTIVITY_KINDS) expect(kinds, kind).toContain(kind);
  });

  it("follows the planned prompt sequence, with the planned questions", () => {
    expect(prompts.map((p) => [p.prompt.kind, p.prompt.question])).toEqual([
      ["scale", "How comfortable are you asking for help right now?"],
      ["multiple_choice", "Which of these have held you back?"],
      ["open_text", "What is one thing you tell yourself that makes asking harder?"],
      ["ranking", "Which of these matters most to you right now?"],
      ["word_cloud", "One word for how it feels when someone helps you"],
      ["single_choice", "Which small step could you try this week?"],
      ["scale", "How comfortable are you asking for help right now?"],
    ]);
  });

  it("links the check-out to the check-in: same question and config, later in the session", () => {
    const checkOut = prompts.find((p) => p.prompt.repeatOf !== undefined)!;
    expect(checkOut.prompt.key).toBe("check-out-comfort");
    expect(checkOut.prompt.repeatOf).toBe("check-in-comfort");
    const checkIn = promptByKey("check-in-comfort");
    expect(checkIn.index).toBeLessThan(checkOut.index);
    expect(checkIn.prompt.repeatOf).toBeUndefined();
    expect(checkOut.prompt.kind).toBe(checkIn.prompt.kind);
    expect(checkOut.prompt.question).toBe(checkIn.prompt.question);
    expect(checkOut.prompt.config).toEqual(checkIn.prompt.config);
    expect(checkIn.prompt.config).toEqual({ max: 5, minLabel: "Not at all", maxLabel: "Very comfortable" });
    // the check-in opens the session and the check-out is near its end
    expect(checkIn.index).toBeLessThanOrEqual(1);
    expect(checkOut.index).toBeGreaterThanOrEqual(template.steps.length - 2);
    expect(prompts.filter((p) => p.prompt.repeatOf !== undefined)).toHaveLength(1);
  });

  it("offers the article's four barriers (plus 'Something else'), four benefits and four strategies", () => {
    const barriers = promptByKey("barriers-held-back").prompt;
    const benefits = promptByKey("benefits-ranking").prompt;
    const steps = promptByKey("small-step").prompt;
    if (barriers.kind !== "multiple_choice" || benefits.kind !== "ranking" || steps.kind !== "single_choice") throw new Error("wrong kinds");
    expect(barriers.config.options.map((o) => o.id)).toEqual(["judgement", "pride", "burden", "self-reliance", "something-else"]);
    expect(barriers.config.options.at(-1)!.label).toBe("Something else");
    expect(barriers.config.maxSelections).toBeUndefined();
    expect(benefits.config.options.map((o) => o.id)).toEqual(["wellbeing", "relationships", "problem-solving", "growth"]);
    expect(steps.config.options.map((o) => o.id)).toEqual(["challenge-belief", "start-small", "talk-openly", "offer-help"]);
  });

  it("asks for one word in the word cloud, as the question says", () => {
    const cloud = promptByKey("helped-word").prompt;
    expect(cloud.kind === "word_cloud" && cloud.config.maxWords).toBe(1);
  });

  it("follows the article's structure, from welcome to support", () => {
    const keys = template.steps.map((s) => s.key);
    const order = [
      "welcome",
      "introduction",
      "why-not-judgement-pride",
      "why-not-burden-self-reliance",
      "why-it-matters-wellbeing-connection",
      "why-it-matters-solving-growing",
      "overcoming-beliefs-small-steps",
      "overcoming-talking-offering",
      "conclusion",
      "support",
    ].map((key) => keys.indexOf(key));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(keys[0]).toBe("welcome");
    expect(keys.at(-1)).toBe("support");
  });

  it.each(template.steps.map((s) => [s.key, s] as const))("step %s: body fits a projector and is plain Markdown", (_key, step) => {
    expect(words(step.body)).toBeGreaterThan(0);
    expect(words(step.body)).toBeLessThanOrEqual(MAX_BODY_WORDS);
    const types = new Set<string>();
    const stack: { type: string; children?: unknown[] }[] = [fromMarkdown(step.body)];
    while (stack.length) {
      const node = stack.pop()!;
      types.add(node.type);
      if (node.children) stack.push(...(node.children as typeof stack));
    }
    expect(types).not.toContain("html");
    expect(types).not.toContain("image");
  });

  it("gives every step facilitator notes with a suggested time", () => {
    let minutes = 0;
    for (const step of template.steps) {
      const match = /About (\d+) minutes?/.exec(step.facilitatorNotes);
      expect(match, step.key).not.toBeNull();
      minutes += Number(match![1]);
    }
    expect(minutes).toBeGreaterThanOrEqual(50);
    expect(minutes).toBeLessThanOrEqual(90);
  });

  it("allows reactions on the article's text steps, not while a prompt is showing", () => {
    for (const step of template.steps) {
      if (step.prompt) expect(step.reactions, step.key).toBe(false);
      else if (step.key !== "support") expect(step.reactions, step.key).toBe(true);
    }
  });

  it("reminds people, before and at the start, that every prompt can be passed", () => {
    expect(template.contentNote).toMatch(/pass/i);
    expect(template.contentNote).toMatch(/I need a pause/);
    expect(template.steps[0].body).toMatch(/pass/i);
    // and most prompt steps say it again in their own words
    const mentions = prompts.filter((p) => /pass/i.test(p.step.body)).length;
    expect(mentions).toBeGreaterThanOrEqual(5);
  });

  it("ends by pointing to the support resources", () => {
    const last = template.steps.at(-1)!;
    expect(last.body).toMatch(/support card/i);
    expect(last.body).toMatch(/local emergency number/i);
  });
});

describe("starter support resources", () => {
  it("is the built-in template's card", () => {
    expect(template.resources).toEqual(starterResources);
    expect(template.resources.title).toBe("Support, whenever you need it");
  });

  it("hard-codes no phone numbers or links: local services are placeholders for the facilitator", () => {
    const text = JSON.stringify(starterResources);
    expect(text).not.toMatch(/\d{3}/); // no hotline numbers of any country
    expect(starterResources.items.every((item) => item.url === undefined)).toBe(true);
    const placeholders = starterResources.items.filter((item) => /^Add your local/.test(item.label));
    expect(placeholders.length).toBeGreaterThanOrEqual(2);
    for (const item of placeholders) expect(item.detail).toMatch(/edit this template's resources before you run it/);
  });

  it("includes universal guidance that needs no number", () => {
    const labels = starterResources.items.map((item) => item.label).join("\n");
    expect(labels).toMatch(/immediate danger, call your local emergency number/);
    expect(labels).toMatch(/Talk to the facilitator/);
  });

  it("detects a card that still has placeholders", () => {
    expect(hasPlaceholderResources(starterResources)).toBe(true);
    const edited = {
      ...starterResources,
      items: starterResources.items.map((item) => (item.label.startsWith("Add your local") ? { label: "Local crisis line", detail: "Open all night", url: "tel:+000" } : item)),
    };
    expect(hasPlaceholderResources(edited)).toBe(false);
  });
});
