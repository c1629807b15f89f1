// The template schema and the JSON file import: a valid file round-trips, and
// every kind of bad file is refused with an error that names the bad field.
import { describe, expect, it } from "vitest";
import { askingForHelpTemplate } from "../../content/asking-for-help";
import {
  formatPath,
  isSafeLinkUrl,
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateContent,
  parseTemplateFile,
  toTemplateFile,
  type TemplateContent,
  type TemplateError,
} from "../../lib/template-schema";

/** A deep, mutable copy of the built-in template to break in tests. */
const copy = (): any => structuredClone(askingForHelpTemplate);
const file = (template: any, extra: Record<string, unknown> = {}) => ({ format: "hearth-template", version: 1, template, ...extra });

function errorsOf(result: ReturnType<typeof parseTemplateFile>): TemplateError[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
}
/** The error at `path`, failing the test if there is none. */
function errorAt(result: ReturnType<typeof parseTemplateFile>, path: string): string {
  const errors = errorsOf(result);
  const found = errors.find((e) => e.path === path);
  if (!found) throw new Error(`no error at ${path}; got ${JSON.stringify(errors)}`);
  return found.message;
}

const stepIndex = (template: TemplateContent, promptKey: string) => template.steps.findIndex((s) => s.prompt?.key === promptKey);
const CHECK_IN = stepIndex(askingForHelpTemplate, "check-in-comfort");
const CHECK_OUT = stepIndex(askingForHelpTemplate, "check-out-comfort");
const BARRIERS = stepIndex(askingForHelpTemplate, "barriers-held-back");
const SMALL_STEP = stepIndex(askingForHelpTemplate, "small-step");

describe("JSON template file: round trip", () => {
  it("exports and re-imports the built-in template unchanged", () => {
    const text = JSON.stringify(toTemplateFile(askingForHelpTemplate), null, 2);
    expect(parseTemplateFile(text)).toEqual({ ok: true, content: askingForHelpTemplate });
  });

  it("accepts an already-parsed file too", () => {
    expect(parseTemplateFile(toTemplateFile(askingForHelpTemplate))).toEqual({ ok: true, content: askingForHelpTemplate });
  });

  it("fills in optional fields with their defaults", () => {
    const template = copy();
    delete template.description;
    delete template.steps[0].facilitatorNotes;
    delete template.steps[0].reactions;
    template.steps[CHECK_IN].prompt.config = { max: 5, minLabel: "Not at all", maxLabel: "Very comfortable" };
    const result = parseTemplateFile(file(template));
    expect(result.ok && result.content.description).toBe("");
    expect(result.ok && result.content.steps[0]).toMatchObject({ facilitatorNotes: "", reactions: false });
  });

  it("ignores unknown fields rather than failing", () => {
    const result = parseTemplateFile(file({ ...copy(), futureField: 1 }, { exportedAt: "2024-01-01" }));
    expect(result).toEqual({ ok: true, content: askingForHelpTemplate });
  });
});

describe("JSON template file: refused with the bad field named", () => {
  it("wrong format tag", () => {
    expect(errorAt(parseTemplateFile(file(copy(), { format: "mentimeter" })), "format")).toMatch(/not a Hearth template file/);
    expect(errorAt(parseTemplateFile({ template: copy() }), "format")).toMatch(/not a Hearth template file/);
  });

  it("a file from a newer Hearth", () => {
    expect(errorAt(parseTemplateFile(file(copy(), { version: 2 })), "version")).toMatch(/newer version of Hearth/);
    expect(errorAt(parseTemplateFile(file(copy(), { version: "1" })), "version")).toBe("must be 1");
  });

  it("not JSON at all, or far too large", () => {
    expect(errorAt(parseTemplateFile("{ not json"), "(file)")).toMatch(/not valid JSON/);
    expect(errorAt(parseTemplateFile(" ".repeat(MAX_TEMPLATE_FILE_BYTES + 1)), "(file)")).toMatch(/larger than/);
    expect(errorAt(parseTemplateFile("[]"), "(root)")).toMatch(/must be an object/);
  });

  it("missing or empty title, and a title that is too long", () => {
    const missing = copy();
    delete missing.title;
    expect(errorAt(parseTemplateFile(file(missing)), "template.title")).toBe("is required (expected text)");
    expect(errorAt(parseTemplateFile(file({ ...copy(), title: "   " })), "template.title")).toBe("must not be empty");
    expect(errorAt(parseTemplateFile(file({ ...copy(), title: "x".repeat(121) })), "template.title")).toBe("must be at most 120 characters (it has 121)");
  });

  it("missing content note, or an empty resources card", () => {
    expect(errorAt(parseTemplateFile(file({ ...copy(), contentNote: "" })), "template.contentNote")).toMatch(/shown before the first step/);
    const noItems = copy();
    noItems.resources.items = [];
    expect(errorAt(parseTemplateFile(file(noItems)), "template.resources.items")).toMatch(/at least one item/);
  });

  it("a step body over 4000 characters", () => {
    const template = copy();
    template.steps[3].body = "word ".repeat(801);
    expect(errorAt(parseTemplateFile(file(template)), "template.steps[3].body")).toBe("must be at most 4000 characters (it has 4005)");
  });

  it("no steps, or more than 60", () => {
    expect(errorAt(parseTemplateFile(file({ ...copy(), steps: [] })), "template.steps")).toBe("needs at least 1 item");
    const many = copy();
    many.steps = Array.from({ length: 61 }, (_, i) => ({ key: `s-${i}`, title: `Step ${i}`, body: "", facilitatorNotes: "", reactions: false }));
    expect(errorAt(parseTemplateFile(file(many)), "template.steps")).toBe("can have at most 60 items");
  });

  it("duplicate step keys", () => {
    const template = copy();
    template.steps[4].key = template.steps[2].key;
    expect(errorAt(parseTemplateFile(file(template)), "template.steps[4].key")).toBe('"introduction" is already the key of steps[2]; step keys must be unique');
  });

  it("duplicate prompt keys", () => {
    const template = copy();
    template.steps[SMALL_STEP].prompt.key = "barriers-held-back";
    expect(errorAt(parseTemplateFile(file(template)), `template.steps[${SMALL_STEP}].prompt.key`)).toMatch(new RegExp(`already the key of the prompt in steps\\[${BARRIERS}\\]`));
  });

  it("keys that are not slugs", () => {
    const template = copy();
    template.steps[0].key = "Welcome Step";
    expect(errorAt(parseTemplateFile(file(template)), "template.steps[0].key")).toMatch(/must be a slug/);
  });

  it("bad option lists", () => {
    const tooFew = copy();
    tooFew.steps[BARRIERS].prompt.config.options = [{ id: "only", label: "Only one" }];
    expect(errorAt(parseTemplateFile(file(tooFew)), `template.steps[${BARRIERS}].prompt.config.options`)).toBe("needs at least 2 items");

    const duplicateIds = copy();
    duplicateIds.steps[SMALL_STEP].prompt.config.options[1].id = "challenge-belief";
    expect(errorAt(parseTemplateFile(file(duplicateIds)), `template.steps[${SMALL_STEP}].prompt.config.options`)).toBe("option ids must be unique");

    const emptyLabel = copy();
    emptyLabel.steps[SMALL_STEP].prompt.config.options[2].label = " ";
    expect(errorAt(parseTemplateFile(file(emptyLabel)), `template.steps[${SMALL_STEP}].prompt.config.options[2].label`)).toBe("must not be empty");

    const notAList = copy();
    notAList.steps[SMALL_STEP].prompt.config.options = "a, b, c";
    expect(errorAt(parseTemplateFile(file(notAList)), `template.steps[${SMALL_STEP}].prompt.config.options`)).toBe("must be a list, not text");

    const tooManyPicks = copy();
    tooManyPicks.steps[BARRIERS].prompt.config.maxSelections = 9;
    expect(errorAt(parseTemplateFile(file(tooManyPicks)), `template.steps[${BARRIERS}].prompt.config.maxSelections`)).toMatch(/cannot exceed/);
  });

  it("an unknown prompt kind", () => {
    const template = copy();
    template.steps[BARRIERS].prompt.kind = "quiz";
    expect(errorAt(parseTemplateFile(file(template)), `template.steps[${BARRIERS}].prompt.kind`)).toBe(
      'must be one of "single_choice", "multiple_choice", "scale", "word_cloud", "open_text", "ranking"',
    );
  });

  it("repeatOf pointing to a later prompt", () => {
    const template = copy();
    template.steps[CHECK_IN].prompt.repeatOf = "check-out-comfort";
    delete template.steps[CHECK_OUT].prompt.repeatOf;
    expect(errorAt(parseTemplateFile(file(template)), `template.steps[${CHECK_IN}].prompt.repeatOf`)).toBe(
      `"check-out-comfort" is a later prompt (steps[${CHECK_OUT}]); a repeat must come after the prompt it repeats`,
    );
  });

  it("repeatOf pointing to a prompt that does not exist, or to itself", () => {
    const missing = copy();
    missing.steps[CHECK_OUT].prompt.repeatOf = "check-in";
    expect(errorAt(parseTemplateFile(file(missing)), `template.steps[${CHECK_OUT}].prompt.repeatOf`)).toBe('there is no earlier prompt with the key "check-in"');

    const itself = copy();
    itself.steps[CHECK_OUT].prompt.repeatOf = "check-out-comfort";
    expect(errorAt(parseTemplateFile(file(itself)), `template.steps[${CHECK_OUT}].prompt.repeatOf`)).toBe("a prompt cannot repeat itself");
  });

  it("repeatOf pointing to a prompt of another kind", () => {
    const template = copy();
    template.steps[SMALL_STEP].prompt.repeatOf = "barriers-held-back";
    expect(errorAt(parseTemplateFile(file(template)), `template.steps[${SMALL_STEP}].prompt.repeatOf`)).toMatch(/must be the same kind/);
  });

  it("repeatOf with a config that differs from the original's", () => {
    const template = copy();
    template.steps[CHECK_OUT].prompt.config.maxLabel = "Totally fine";
    expect(errorAt(parseTemplateFile(file(template)), `template.steps[${CHECK_OUT}].prompt.config`)).toMatch(/must be identical to the config of "check-in-comfort"/);
  });

  it("accepts a config that differs only in key order or spelled-out defaults", () => {
    const template = copy();
    template.steps[CHECK_OUT].prompt.config = { maxLabel: "Very comfortable", max: 5, minLabel: "Not at all" };
    expect(parseTemplateFile(file(template)).ok).toBe(true);
  });

  it("a repeat of a repeat", () => {
    const template = copy();
    template.steps.push({
      key: "after-the-break",
      title: "After the break",
      body: "",
      facilitatorNotes: "",
      reactions: false,
      prompt: { ...structuredClone(template.steps[CHECK_OUT].prompt), key: "third-check", repeatOf: "check-out-comfort" },
    });
    expect(errorAt(parseTemplateFile(file(template)), `template.steps[${template.steps.length - 1}].prompt.repeatOf`)).toMatch(
      /is itself a repeat; point to the original prompt "check-in-comfort"/,
    );
  });

  it("wrong types", () => {
    const template = copy();
    template.steps[0].reactions = "yes";
    template.steps[CHECK_IN].prompt.config.max = "5";
    template.steps[2].title = 42;
    template.schemaVersion = 2;
    const result = parseTemplateFile(file(template));
    expect(errorAt(result, "template.steps[0].reactions")).toBe("must be true or false, not text");
    expect(errorAt(result, `template.steps[${CHECK_IN}].prompt.config.max`)).toBe("must be a number, not text");
    expect(errorAt(result, "template.steps[2].title")).toBe("must be text, not number 42");
    expect(errorAt(result, "template.schemaVersion")).toBe("must be 1");
    expect(errorAt(parseTemplateFile(file({ ...copy(), steps: {} })), "template.steps")).toBe("must be a list, not an object");
    expect(errorAt(parseTemplateFile(file(null)), "template")).toBe("must be an object, not null");
  });

  it("unsafe or relative links in the resources card", () => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>", "/help", "www.example.org"]) {
      const template = copy();
      template.resources.items[0].url = url;
      expect(errorAt(parseTemplateFile(file(template)), "template.resources.items[0].url"), url).toMatch(/http:\/\/, https:\/\/, tel: or mailto:/);
    }
  });

  it("reports every problem at once, including cross-step ones", () => {
    const template = copy();
    template.title = "";
    template.steps[1].key = "welcome";
    template.steps[CHECK_OUT].prompt.repeatOf = "nowhere";
    const paths = errorsOf(parseTemplateFile(file(template))).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["template.title", "template.steps[1].key", `template.steps[${CHECK_OUT}].prompt.repeatOf`]));
  });
});

describe("parseTemplateContent", () => {
  it("validates a bare template (the editor's save) with paths relative to it", () => {
    expect(parseTemplateContent(askingForHelpTemplate).ok).toBe(true);
    const template = copy();
    template.steps[2].body = 7;
    expect(parseTemplateContent(template)).toEqual({ ok: false, errors: [{ path: "steps[2].body", message: "must be text, not number 7" }] });
  });

  it("keeps safe resource links and treats an empty one as none", () => {
    const template = copy();
    template.resources.items[0].url = "tel:+10000000000";
    template.resources.items[1].url = "mailto:help@example.org";
    template.resources.items[2].url = "https://example.org/help";
    template.resources.items[3].url = "";
    const result = parseTemplateContent(template);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.resources.items.map((i) => i.url)).toEqual(["tel:+10000000000", "mailto:help@example.org", "https://example.org/help", undefined, undefined]);
  });
});

describe("helpers", () => {
  it("formats paths the way the editor expects", () => {
    expect(formatPath(["steps", 3, "prompt", "config", "options"])).toBe("steps[3].prompt.config.options");
    expect(formatPath(["template", "resources", "items", 0, "url"])).toBe("template.resources.items[0].url");
    expect(formatPath([])).toBe("(root)");
  });

  it("allows only absolute http(s), tel: and mailto: links", () => {
    expect(isSafeLinkUrl("https://example.org")).toBe(true);
    expect(isSafeLinkUrl("http://example.org/a?b=c")).toBe(true);
    expect(isSafeLinkUrl("tel:+441234")).toBe(true);
    expect(isSafeLinkUrl("mailto:a@example.org")).toBe(true);
    expect(isSafeLinkUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeLinkUrl(" javascript:alert(1)")).toBe(false);
    expect(isSafeLinkUrl("vbscript:x")).toBe(false);
    expect(isSafeLinkUrl("file:///etc/passwd")).toBe(false);
    expect(isSafeLinkUrl("//example.org")).toBe(false);
    expect(isSafeLinkUrl("")).toBe(false);
  });
});

describe("a template's own safety-net phrases", () => {
  it("round-trip through a JSON file, cleaned, without blanks or repeats", () => {
    const template = { ...copy(), safetyNetPhrases: ["  relapse tonight ", "", "Relapse   TONIGHT", "using again\u202E", "white knuckling"] };
    const result = parseTemplateFile(file(template));
    expect(result.ok && result.content.safetyNetPhrases).toEqual(["relapse tonight", "using again", "white knuckling"]);
    const again = parseTemplateFile(JSON.stringify(toTemplateFile((result as { content: TemplateContent }).content)));
    expect(again.ok && again.content.safetyNetPhrases).toEqual(["relapse tonight", "using again", "white knuckling"]);
  });

  it("are optional: a template without them has none", () => {
    const result = parseTemplateFile(file(copy()));
    expect(result.ok && result.content.safetyNetPhrases).toBeUndefined();
  });

  it("refuse too many, too long, too few letters, and what is not text, naming the phrase", () => {
    const many = Array.from({ length: 51 }, (_, i) => `phrase ${"abcdefghijklmnopqrstuvwxyz"[i % 26]}${"abcdefghijklmnopqrstuvwxyz"[Math.floor(i / 26)]}`);
    expect(errorAt(parseTemplateFile(file({ ...copy(), safetyNetPhrases: many })), "template.safetyNetPhrases")).toBe("number 51; at most 50 are allowed");
    expect(errorAt(parseTemplateFile(file({ ...copy(), safetyNetPhrases: ["x".repeat(81)] })), "template.safetyNetPhrases")).toMatch(
      /^include “x{30}…”, which is longer than 80 characters$/,
    );
    expect(errorAt(parseTemplateFile(file({ ...copy(), safetyNetPhrases: ["ok", "!!!"] })), "template.safetyNetPhrases")).toMatch(/include “ok”, which needs at least 3 letters/);
    expect(errorsOf(parseTemplateFile(file({ ...copy(), safetyNetPhrases: [42] }))).some((e) => e.path.startsWith("template.safetyNetPhrases"))).toBe(true);
    expect(errorsOf(parseTemplateFile(file({ ...copy(), safetyNetPhrases: "relapse" }))).some((e) => e.path === "template.safetyNetPhrases")).toBe(true);
  });
});
