// The built-in "Asking for help" session in every language (content/asking-
// for-help/<locale>.ts): each one valid, in its own language, with English's
// structure (steps, prompts, settings, timings, emphasis), its own matching
// check-in and check-out, and every text actually translated.
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { ASKING_FOR_HELP_KEY, BUILT_IN_TEMPLATES, builtInKey } from "../../content/asking-for-help";
import { hasPlaceholderResources, starterResources } from "../../content/starter";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { parseTemplateContent, type TemplateContent, type TemplatePrompt, templateContentSchema } from "../../lib/template-schema";
import { BUILT_IN_TITLES, PASS_WORDS, PAUSE_LABELS } from "../helpers/built-in-words";

const english = BUILT_IN_TEMPLATES.en.content;
const others = LOCALES.filter((locale) => locale !== "en");

/** A prompt's settings without its words: what must be the same in every language. */
function settingsOf(prompt: TemplatePrompt) {
  const { question: _question, config, ...rest } = prompt;
  const c = config as Record<string, unknown>;
  const options = Array.isArray(c.options) ? (c.options as { id: string }[]).map((o) => o.id) : undefined;
  const { options: _options, minLabel: _min, maxLabel: _max, ...numbers } = c;
  return { ...rest, options, ...numbers, scaleLabels: "minLabel" in c ? [c.minLabel !== "", c.maxLabel !== ""] : undefined };
}

/** Everything about a template except its words. */
function structureOf(content: TemplateContent) {
  return content.steps.map((step) => ({
    key: step.key,
    reactions: step.reactions,
    hasContentNote: step.contentNote !== undefined,
    hasImage: step.image !== undefined,
    paragraphs: step.body.split("\n\n").length,
    emphasis: step.body.split("**").length,
    italics: step.body.replaceAll("**", "").split("*").length,
    noteLines: step.facilitatorNotes.split("\n").length,
    minutes: /\d+/.exec(step.facilitatorNotes)?.[0],
    prompt: step.prompt ? settingsOf(step.prompt) : undefined,
  }));
}

const texts = (content: TemplateContent) => [
  content.title,
  content.description,
  content.contentNote,
  ...content.steps.flatMap((s) => [
    s.title,
    s.body,
    s.facilitatorNotes,
    s.contentNote ?? "",
    s.prompt?.question ?? "",
    ...(s.prompt && "options" in s.prompt.config ? s.prompt.config.options.map((o) => o.label) : []),
    ...(s.prompt?.kind === "scale" ? [s.prompt.config.minLabel, s.prompt.config.maxLabel] : []),
  ]),
];

describe("the built-in session's languages", () => {
  it("has one template per locale, each with its own key; English keeps the key existing sessions point at", () => {
    expect(Object.keys(BUILT_IN_TEMPLATES).sort()).toEqual([...LOCALES].sort());
    expect(BUILT_IN_TEMPLATES.en.key).toBe("asking-for-help");
    expect(ASKING_FOR_HELP_KEY).toBe("asking-for-help");
    for (const locale of others) expect(BUILT_IN_TEMPLATES[locale].key).toBe(`asking-for-help-${locale}`);
    for (const locale of LOCALES) expect(builtInKey(locale)).toBe(BUILT_IN_TEMPLATES[locale].key);
  });

  it("has keys that sort English first, then in LOCALES order (the template list shows built-ins by key)", () => {
    const keys = LOCALES.map((locale) => BUILT_IN_TEMPLATES[locale].key);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
  });
});

describe.each(LOCALES)("built-in session in %s", (locale: Locale) => {
  const content = BUILT_IN_TEMPLATES[locale].content;
  const prompts = content.steps.flatMap((step) => (step.prompt ? [{ step, prompt: step.prompt }] : []));

  it("is valid, already in the schema's normalised form, and in its own language", () => {
    expect(parseTemplateContent(content)).toEqual({ ok: true, content });
    expect(templateContentSchema.parse(content)).toEqual(content);
    expect(content.language).toBe(locale);
    expect(content.title).toBe(BUILT_IN_TITLES[locale]);
  });

  it("has English's steps, prompt kinds and settings, timings, paragraphs and emphasis", () => {
    expect(structureOf(content)).toEqual(structureOf(english));
  });

  it("asks the same check-in question, on the same scale, at the end as at the start", () => {
    const checkIn = prompts.find((p) => p.prompt.key === "check-in-comfort")!.prompt;
    const checkOut = prompts.find((p) => p.prompt.key === "check-out-comfort")!.prompt;
    expect(checkOut.repeatOf).toBe("check-in-comfort");
    expect(checkOut.question).toBe(checkIn.question);
    expect(checkOut.config).toEqual(checkIn.config);
    expect(checkIn.kind === "scale" && [checkIn.config.minLabel, checkIn.config.maxLabel].every((label) => label.length > 0)).toBe(true);
  });

  it("starts with its language's support card, placeholders and all", () => {
    expect(content.resources).toEqual(starterResources(locale));
    expect(hasPlaceholderResources(content.resources)).toBe(true);
  });

  it("says, before and at the start and at most prompts, that every question can be passed, and names the pause button", () => {
    const pass = PASS_WORDS[locale];
    expect(content.contentNote).toMatch(pass);
    expect(content.steps[0].body).toMatch(pass);
    expect(prompts.filter((p) => pass.test(p.step.body)).length).toBeGreaterThanOrEqual(5);
    expect(content.contentNote).toContain(PAUSE_LABELS[locale]);
    expect(content.steps.at(-1)!.facilitatorNotes).toContain(PAUSE_LABELS[locale]);
  });

  it("fits a projector: no body much longer than English's longest, no long titles or options", () => {
    const longestEnglish = Math.max(...english.steps.map((s) => s.body.length));
    for (const step of content.steps) {
      expect(step.body.length, step.key).toBeLessThanOrEqual(1.3 * longestEnglish);
      expect(step.body.split(/\s+/).length, step.key).toBeLessThanOrEqual(100);
      expect(step.title.length, step.key).toBeLessThanOrEqual(75);
    }
    for (const { prompt } of prompts) if ("options" in prompt.config) for (const option of prompt.config.options) expect(option.label.length, option.id).toBeLessThanOrEqual(60);
  });

  it("is plain Markdown with no pictures, and names no phone numbers", () => {
    for (const step of content.steps) {
      const types = new Set<string>();
      const stack: { type: string; children?: unknown[] }[] = [fromMarkdown(step.body)];
      while (stack.length) {
        const node = stack.pop()!;
        types.add(node.type);
        if (node.children) stack.push(...(node.children as typeof stack));
      }
      expect(types, step.key).not.toContain("html");
      expect(types, step.key).not.toContain("image");
    }
    expect(texts(content).join("\n")).not.toMatch(/\d{3}/);
  });
});

describe.each(others)("built-in session in %s, compared with English", (locale) => {
  const content = BUILT_IN_TEMPLATES[locale].content;

  it("translates every text: no title, body, note, question, option or label is left in English", () => {
    const mine = texts(content);
    const theirs = texts(english);
    expect(mine).toHaveLength(theirs.length);
    mine.forEach((text, i) => {
      if (theirs[i] !== "") expect(text, theirs[i]).not.toBe(theirs[i]);
      expect(text === "", theirs[i]).toBe(theirs[i] === "");
    });
  });
});

describe("register and regional wording (see each file's header)", () => {
  const all = (locale: Locale) => texts(BUILT_IN_TEMPLATES[locale].content).join("\n");

  it("French says vous, never tu, and keeps a no-break space before : ; ? ! and inside « »", () => {
    expect(all("fr")).not.toMatch(/(?<!\p{L})(tu|toi|te|tes)(?!\p{L})/iu);
    expect(all("fr")).not.toMatch(/ [:;?!»]|« /);
    expect(all("fr")).toMatch(/\u00a0\?/);
  });

  it("German and Dutch speak informally (du, je), as their peer groups do", () => {
    expect(all("de")).toMatch(/\bdu\b/);
    expect(all("de")).not.toMatch(/\bIhnen\b|\bSie (können|möchten|sich|haben)\b/);
    expect(all("nl")).toMatch(/\bje\b/);
    expect(all("nl")).not.toMatch(/(?<!\p{L})(u|uw)(?!\p{L})/u);
  });

  it("Spanish uses tú without vosotros, so it reads in Spain and Latin America alike", () => {
    expect(all("es")).toMatch(/\b(tienes|puedes)\b/);
    expect(all("es")).not.toMatch(/(?<!\p{L})(vosotros|vosotras|os|estáis|tenéis|podéis|fijaos|fíjense)(?!\p{L})/iu);
  });

  it("Portuguese avoids the words Portugal and Brazil spell or say differently", () => {
    expect(all("pt")).not.toMatch(
      /anónim|anônim|ecrã|(?<!\p{L})tela(?!\p{L})|telemóvel|celular|equipa|equipe|contacto|contato|partilh|toda a gente|(?<!\p{L})você(?!\p{L})|abrandar/iu,
    );
  });
});
