import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** One heading of a post, as the table of contents links to it. */
export interface TocEntry {
  /** The heading's `id` (from rehype-slug), the link's fragment. */
  id: string;
  /** The heading's text, without markup. */
  text: string;
  depth: 2 | 3;
}

/** A table of contents is worth showing from this many headings. */
export const MIN_TOC_ENTRIES = 2;

/**
 * The h2 and h3 headings of a rendered post's tree, in order, for its table of contents (the
 * Markdown pipeline, lib/markdown/pipeline.ts, has given every heading an `id` by then). Headings
 * without an `id` or text, or hidden (`sr-only`, like the footnotes label), are left out; the text
 * is what a reader sees, spaces collapsed. Korean, Japanese and other scripts pass through unchanged.
 */
export function tableOfContents(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
    const { id, className } = node.properties;
    if (typeof id !== 'string' || !id || (Array.isArray(className) && className.includes('sr-only'))) return 'skip';
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (text) entries.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
    return 'skip';
  });
  return entries;
}
