"use client";
// A step's text, written by a facilitator in Markdown, rendered safely:
// no raw HTML (skipped, never parsed into elements), no images (a phone on
// poor Wi-Fi should not fetch them, and an image could track who opened it),
// and only web, e-mail and phone links — anything else (javascript:, data:,
// vbscript:, file: …) is shown as plain text.
import Markdown, { type Components } from "react-markdown";
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import styles from "./step-body.module.css";

export type StepBodyProps = {
  /** the step's Markdown */
  markdown: string;
  /**
   * The level of the heading the step's title is rendered at (default 2):
   * headings inside the body nest below it, so "# Section" in the body
   * becomes one level deeper than the title, never a second page title.
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** type scale; omitted = inherit the surrounding font size */
  size?: "phone" | "projector" | "console";
  /** the language the text is written in (the session's), so screen readers pronounce it right */
  lang?: string;
  className?: string;
};

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);

/** The URL if it is safe to link to, otherwise "" (the link becomes plain text). */
export function safeUrl(raw: string): string {
  // Browsers ignore whitespace and control characters inside a scheme
  // ("java\tscript:"), so they are removed before the scheme is read.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (url === "") return "";
  // Fragment and same-site paths carry no scheme.
  if (url.startsWith("#") || (url.startsWith("/") && !url.startsWith("//"))) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return ""; // relative paths like "page" are meaningless in a step
  return SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`) ? url : "";
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;

function heading(depth: number, base: number) {
  const level = Math.min(6, base + depth) as Level;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per heading level (buildComponents, cached in componentsByLevel), never during a render
  function Heading({ children }: { children?: ReactNode }) {
    const Tag = `h${level}` as const;
    return <Tag className={styles.heading}>{children}</Tag>;
  }
  return Heading;
}

/** Said to screen readers after a link that opens a new tab, in the page's language. */
function NewTabNote() {
  const t = useTranslations("common");
  return <span className="visually-hidden"> {t("opensInNewTab")}</span>;
}

function buildComponents(base: number): Components {
  return {
    h1: heading(1, base),
    h2: heading(2, base),
    h3: heading(3, base),
    h4: heading(4, base),
    h5: heading(5, base),
    h6: heading(6, base),
    a({ href, children }) {
      const url = href ? safeUrl(href) : "";
      if (!url) return <span className={styles.inertLink}>{children}</span>;
      const external = !url.startsWith("#") && !url.startsWith("/");
      const opensTab = /^https?:/i.test(url);
      return (
        <a href={url} {...(external ? { rel: "noopener noreferrer" } : {})} {...(opensTab ? { target: "_blank" } : {})}>
          {children}
          {opensTab ? <NewTabNote /> : null}
        </a>
      );
    },
  };
}

const componentsByLevel = new Map<number, Components>();

export function StepBody({ markdown, headingLevel = 2, size, lang, className }: StepBodyProps) {
  let components = componentsByLevel.get(headingLevel);
  if (!components) {
    components = buildComponents(headingLevel);
    componentsByLevel.set(headingLevel, components);
  }
  if (!markdown.trim()) return null;
  return (
    <div className={[styles.body, size ? styles[size] : undefined, className].filter(Boolean).join(" ")} lang={lang}>
      <Markdown skipHtml disallowedElements={["img"]} unwrapDisallowed={false} urlTransform={(url) => safeUrl(url)} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}

export default StepBody;
