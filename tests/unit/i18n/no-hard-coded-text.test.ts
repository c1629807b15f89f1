// No component or page renders user-facing English written into its JSX:
// text comes from messages/ (t("…")), so every language gets it. What counts
// as user-facing: JSX text, string literals inside JSX ({"…"}), and the
// attributes people read or hear (aria-label, placeholder, title, alt, label).
// Brand names and symbols are allowed (ALLOWED below). Beyond JSX, any string
// literal that reads like a sentence ("Could not save the template.") counts
// too, wherever it is built (state, helpers, page titles) — except in
// console calls and thrown Errors, which are for developers.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../../..");
const SPOKEN_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-valuetext", "placeholder", "title", "alt", "label"]);
/** Text that is the same in every language. */
const ALLOWED = new Set(["Hearth", "CSV", "JSON", "HTML", "Markdown", "PDF", "QR", "OK", "Word", ".docx", ".md", "Esc"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return full.endsWith(".tsx") ? [full] : [];
  });
}

function isWords(text: string): boolean {
  const trimmed = text.replace(/\s+/g, " ").trim();
  if (!/\p{L}{2,}/u.test(trimmed)) return false;
  return !ALLOWED.has(trimmed);
}

/** Two or more words, the first capitalised: how a message for a person starts. */
function isSentence(text: string): boolean {
  return /^\p{Lu}[\p{Ll}'’]*[ ,]+\p{L}/u.test(text.trim()) && !ALLOWED.has(text.trim());
}

/** Inside an import, a console call, a thrown Error or a JSX attribute already judged above. */
function forDevelopers(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isJsxAttribute(n)) return true;
    if (ts.isCallExpression(n) && /^console\./.test(n.expression.getText())) return true;
    if (ts.isNewExpression(n) && n.expression.getText() === "Error") return true;
    if (ts.isBlock(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/** Every piece of hard-coded user-facing text in one file, as "line: text". */
function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 60)}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression) && ts.isJsxElement(node.parent) && isWords(node.expression.text))
      report(node, node.expression.text);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value) ? value : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression) ? value.expression : null;
      if (literal && isWords(literal.text)) report(node, `${node.name.getText()}="${literal.text}"`);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && isSentence(node.text) && !forDevelopers(node)) report(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = [...files(path.join(root, "components")), ...files(path.join(root, "app"))].map((f) => path.relative(root, f)).sort();

describe("no hard-coded user-facing text", () => {
  for (const file of all) {
    it(file, () => {
      expect(hardCodedText(path.join(root, file))).toEqual([]);
    });
  }
});
