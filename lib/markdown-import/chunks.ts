// Chunks: serialised blocks no longer than ctx.maxBody. An oversized block is
// split at its own natural joints (list items, quote paragraphs, code lines,
// inline runs, spaces) so that every chunk is valid Markdown on its own.
import type { ListItem } from "mdast";
import { plainTextOfAll } from "./plain-text";
import { hasContent, paragraphOf, serialise, text, trimPhrasing } from "./safe-tree";
import type { Block, MdNode, Phrasing } from "./types";

export function blockChunks(nodes: Block[], max: number): string[] {
  const chunks: string[] = [];
  let previous: Block | undefined;
  for (const node of nodes) {
    const alt = adjacentList(previous, node);
    previous = node;
    const markdown = serialise([node], alt);
    if (markdown === "") continue;
    if (markdown.length <= max) chunks.push(markdown);
    else chunks.push(...splitBlock(node, max, alt));
  }
  return chunks;
}

/** Two lists in a row (once apart, they are joined by a blank line) need different markers. */
function adjacentList(previous: Block | undefined, node: Block): boolean {
  return previous?.type === "list" && node.type === "list" && previous.ordered === node.ordered;
}

function splitBlock(node: Block, max: number, alt: boolean): string[] {
  switch (node.type) {
    case "code":
      return splitCode(node.value, node.lang, max);
    case "list": {
      const chunks: string[] = [];
      let run: ListItem[] = []; // consecutive items that fit, kept together as one list
      const flush = () => {
        chunks.push(
          ...pack(run, (items) => serialise([{ ...node, start: node.ordered ? (node.start ?? 1) + node.children.indexOf(items[0]) : undefined, children: items }], alt), max),
        );
        run = [];
      };
      for (const item of node.children) {
        if (serialise([{ ...node, children: [item] }], alt).length <= max) {
          run.push(item);
          continue;
        }
        // A single giant item stands alone, without its marker, so it cannot
        // be read as a continuation of the items around it.
        flush();
        chunks.push(...blockChunks(item.children, max));
      }
      flush();
      return chunks;
    }
    case "blockquote":
      // Quote each piece again when it still fits; a giant quote loses its ">" rather than its words.
      return node.children.flatMap((child) => {
        const quoted = serialise([{ type: "blockquote", children: [child] }]);
        return quoted.length <= max ? [quoted] : blockChunks([child], max);
      });
    case "paragraph":
      return splitPhrasing(node.children, max);
    default:
      return splitPhrasing([text(plainTextOfAll([node as MdNode]))], max);
  }
}

/**
 * Greedily groups items into chunks of at most `max` characters as written by
 * `write`. Sizes are estimated from each item alone; a group that still comes
 * out too long is halved until it fits (every single item fits by then).
 */
function pack<T>(items: T[], write: (group: T[]) => string, max: number): string[] {
  if (items.length === 0) return [];
  const sizes = items.map((item) => write([item]).length + 2);
  const out: string[] = [];
  let group: T[] = [];
  let size = 0;
  const emit = (g: T[]) => {
    const markdown = write(g);
    if (markdown.length <= max || g.length === 1) {
      if (markdown !== "") out.push(markdown);
      return;
    }
    const half = Math.ceil(g.length / 2);
    emit(g.slice(0, half));
    emit(g.slice(half));
  };
  items.forEach((item, i) => {
    if (group.length > 0 && size + sizes[i] > max) {
      emit(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += sizes[i];
  });
  emit(group);
  return out;
}

function splitCode(value: string, lang: string | null | undefined, max: number): string[] {
  // the fence may need to be longer than any run of backticks in the code
  const overhead = 2 * Math.max(3, longestRun(value, "`") + 1) + (lang?.length ?? 0) + 3;
  const room = Math.max(1, max - overhead);
  const pieces: string[] = [];
  for (const line of value.split("\n")) {
    // A single enormous line is cut; inside a fence the cut is harmless.
    for (let start = 0; start < Math.max(line.length, 1); start += room) pieces.push(line.slice(start, start + room));
  }
  return pack(pieces, (lines) => serialise([{ type: "code", lang: lang ?? null, meta: null, value: lines.join("\n") }]), max);
}

/**
 * Splits a long paragraph between inline nodes; long text (and formatting
 * too long to keep whole, which keeps only its words) is cut at spaces first.
 * Each chunk is a paragraph of its own.
 */
function splitPhrasing(nodes: Phrasing[], max: number): string[] {
  // Escaping can make text several times longer (a run of "*" or "<"), so
  // pieces are cut well below the limit; pack() keeps what fits together.
  const room = Math.max(1, Math.floor(max / 8));
  const atoms = nodes.flatMap((node): Phrasing[] => {
    if (serialise([paragraphOf([node])]).length <= room * 2) return [node];
    const value = node.type === "text" ? node.value : plainTextOfAll([node as MdNode]);
    return cutText(value, room).map(text);
  });
  return pack(
    atoms,
    (group) => {
      const children = trimPhrasing(group);
      return hasContent(children) ? serialise([paragraphOf(children)]) : "";
    },
    max,
  );
}

/** Cut text into pieces of at most `room` characters, at whitespace when there is some; the spaces stay with the pieces. */
function cutText(value: string, room: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (value.length - start > room) {
    let cut = value.lastIndexOf(" ", start + room);
    if (cut <= start + room / 2) {
      cut = start + room;
      // not between the halves of a surrogate pair
      const code = value.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    } else cut++; // keep the space with the first piece
    out.push(value.slice(start, cut));
    start = cut;
  }
  if (start < value.length) out.push(value.slice(start));
  return out;
}

function longestRun(value: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of value) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
