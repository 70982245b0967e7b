import type { Nodes } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';

/** A span of the source, `[start, end)` in UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** A protected span, and whether it is inline code (where Hexo still honours `{% raw %}`). */
export interface ProtectedRange extends Range {
  inlineCode?: boolean;
}

// Hexo reads YAML front matter between `---` and JSON front matter between `;;;`.
const matters = ['yaml', { type: 'json', marker: ';' }] as const;

// Code, math and front matter are shown or read as written. Hexo also leaves alone the tags in an
// HTML comment (hexo/dist/hexo/post.js), so that a commented-out tag stays quiet, and in an
// author's own `<code>` element (hexo/dist/extend/tag.js).
const PROTECTED = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'yaml', 'json']);

/**
 * The spans of `markdown` where Hexo tags are not tags: fenced and indented code, inline code,
 * math (`$…$`, `$$…$$`), front matter, HTML comments and `<code>` elements, sorted by start and
 * not overlapping. Found by parsing with
 * the same syntax extensions the site's pipeline uses (GFM, math, front matter), so they are
 * exactly what the page will show as code or math.
 */
export function protectedRanges(markdown: string): ProtectedRange[] {
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter([...matters]), gfm(), math()],
    mdastExtensions: [frontmatterFromMarkdown([...matters]), gfmFromMarkdown(), mathFromMarkdown()],
  });
  const ranges: ProtectedRange[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (PROTECTED.has(node.type)) {
      ranges.push(node.type === 'inlineCode' ? { start, end, inlineCode: true } : { start, end });
      return;
    }
    if (node.type === 'html') ranges.push(...htmlSpans(markdown, start, end));
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return merge(ranges.sort((a, b) => a.start - b.start));
}

const HTML_OPENER = /<!--|<code\b[^>]*>/gi;
const COMMENT_END = /-->/g;
const CODE_END = /<\/code>/gi;

// The comments and `<code>` elements that start in an HTML node. An inline `<code>` is a node of
// its own, apart from its text and `</code>`: its span runs to the `</code>`, wherever that is.
function htmlSpans(markdown: string, start: number, end: number): Range[] {
  const found: Range[] = [];
  HTML_OPENER.lastIndex = start;
  for (let match = HTML_OPENER.exec(markdown); match && match.index < end; match = HTML_OPENER.exec(markdown)) {
    const closer = match[0] === '<!--' ? COMMENT_END : CODE_END;
    closer.lastIndex = match.index + match[0].length;
    const close = closer.exec(markdown);
    const stop = close ? close.index + close[0].length : end;
    found.push({ start: match.index, end: stop });
    HTML_OPENER.lastIndex = stop;
  }
  return found;
}

// A `<code>` element may hold inline code, or a comment: one span covers both.
function merge(ranges: ProtectedRange[]): ProtectedRange[] {
  const merged: ProtectedRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start < last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** The protected range that contains `offset`, if any (`ranges` sorted by start). */
export function rangeAt<T extends Range>(ranges: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

/**
 * `markdown` with every non-space character of the given spans replaced by `x`: the same
 * offsets and lines, but nothing in those spans (a code tag's body) can open a code block or
 * formula that would swallow the text after them.
 */
export function mask(markdown: string, spans: readonly Range[]): string {
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += markdown.slice(at, span.start) + markdown.slice(span.start, span.end).replace(/\S/g, 'x');
    at = span.end;
  }
  return result + markdown.slice(at);
}
