import { decodeHTML, decodeHTMLAttribute } from 'entities';

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

const HEADING = /<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1\s*>/gi;

const attributePattern = (name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i');
const ID = attributePattern('id');
const CLASS = attributePattern('class');

/** The decoded value of one attribute in a tag's attribute text, or `undefined`. */
function attribute(attributes: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(attributes);
  return match ? decodeHTMLAttribute(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * The h2 and h3 headings of a post's rendered HTML, in order, for its table of contents. The
 * HTML is our own renderer's output (contentlayer.config.ts: rehype-slug gives every heading an
 * `id`, rehype-autolink-headings wraps its text in a link), so a regular expression is enough.
 * Headings without an `id`, or hidden (`sr-only`, like the footnotes label), are left out; the
 * text loses its markup and entities are decoded (`A &amp; B` → `A & B`). Korean, Japanese and
 * other scripts pass through unchanged.
 */
export function tableOfContents(html: string): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const [, level, attributes = '', inner = ''] of html.matchAll(HEADING)) {
    const id = attribute(attributes, ID);
    const classes = attribute(attributes, CLASS)?.split(/\s+/) ?? [];
    if (!id || classes.includes('sr-only')) continue;
    const text = decodeHTML(inner.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) entries.push({ id, text, depth: level === '2' ? 2 : 3 });
  }
  return entries;
}
