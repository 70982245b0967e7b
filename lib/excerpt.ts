import type { Nodes, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Hexo's marker: everything above it is the post's excerpt. */
export const MORE_MARKER = /<!--\s*more\s*-->/i;

const TARGET_LENGTH = 150;

// The same Markdown dialect the post body is rendered with (GFM: tables, `~~`, bare URLs).
const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown to the plain text a reader sees, one space between blocks. */
export function markdownToText(markdown: string): string {
  return blocksText(parser.parse(markdown).children);
}

function blocksText(nodes: RootContent[]): string {
  return nodes
    .filter((node) => !isLinkOnly(node))
    .map((node) => plainText(node).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

// Containers whose children are blocks (list items, rows, cells) and must not run together.
const SPACED = new Set(['blockquote', 'list', 'listItem', 'table', 'tableRow']);

// mdast-util-to-string glues list items and hard-broken lines into one word and keeps inline HTML.
// Code, raw HTML and link or footnote definitions are not prose; `<br>` is a line break.
function plainText(node: Nodes): string {
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value) ? ' ' : '';
  if (node.type === 'code' || node.type === 'definition' || node.type === 'footnoteDefinition') return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => plainText(child)).join(SPACED.has(node.type) ? ' ' : '');
}

// A paragraph that is only a link (a bare URL, a "source" line) says nothing about the post.
function isLinkOnly(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.every((child) => child.type === 'link' || (child.type === 'text' && !child.value.trim()))
  );
}

/**
 * Cuts text after whole sentences, close to `TARGET_LENGTH` characters. Sentence boundaries
 * come from `Intl.Segmenter`, so `다.`, `요.`, `。` and `.` all end a sentence and nothing is
 * cut inside a syllable or a word.
 */
export function cutAtSentence(text: string, locale: string, target = TARGET_LENGTH): string {
  if (text.length <= target) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    if (out && out.length + segment.length > target * 1.5) break;
    out += segment;
    if (out.length >= target) break;
  }
  if (out.length <= target * 1.5) return out.trim();
  // One very long sentence: cut at the last word boundary instead.
  let words = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(out)) {
    if (words.length + segment.length > target) break;
    words += segment;
  }
  return `${words.trim()}…`;
}

/**
 * The excerpt a listing shows: the front-matter `excerpt`, else the text above `<!-- more -->`,
 * else the opening paragraphs cut at a sentence end.
 */
export function makeExcerpt(body: string, explicit: string | undefined, locale: string): string {
  if (explicit?.trim()) return explicit.trim();
  const marker = MORE_MARKER.exec(body);
  if (marker) return markdownToText(body.slice(0, marker.index));
  return cutAtSentence(markdownToText(openingBlocks(body)), locale);
}

// Enough text for any excerpt. Parsing only the opening blocks (cut at a blank line, so no
// block is split) halves the content build's Markdown work at 10,000 posts.
const OPENING_LENGTH = 3000;

function openingBlocks(body: string): string {
  if (body.length <= OPENING_LENGTH) return body;
  const end = body.lastIndexOf('\n\n', OPENING_LENGTH);
  return end > 0 ? body.slice(0, end) : body;
}
