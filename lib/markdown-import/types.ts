// The shapes the importer's modules share: the parsed tree, what a step may
// show, and what is gathered while one article is read.
import type { PhrasingContent, RootContent } from "mdast";
import type { fromMarkdown } from "mdast-util-from-markdown";

export type MdRoot = ReturnType<typeof fromMarkdown>;
export type MdNode = MdRoot["children"][number];
export type NodeOf<T extends MdNode["type"]> = Extract<MdNode, { type: T }>;

/** What a step may show, once cleaned (see safe-tree.ts). */
export type Block = RootContent;
export type Phrasing = PhrasingContent;

export type Context = {
  definitions: Map<string, string>;
  counts: { html: number; images: number; links: number; extraPictures: number };
  maxBody: number;
  /** stored pictures (`![…](hearth-picture:ID)`) met in the section being read */
  pictures: StepPicture[];
  /** room for the article's own note before the generic content note */
  maxSessionNote: number;
  /** the words for what the article does not say ("Introduction", "(continued)"), in the template's language */
  words: { introduction: string; untitled: string; continued: string };
};

type StepPicture = { id: string; alt: string };
export type Section = { title: string; fromHeading: boolean; chunks: string[]; picture?: StepPicture; contentNote?: string };
