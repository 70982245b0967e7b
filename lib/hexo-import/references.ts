import type { Html, Image, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** An image a Markdown text refers to, with the line it is written on. */
export interface Reference {
  src: string;
  line: number;
}

// `https:`, `data:`, `//cdn.example.com/...`: not a file of the site.
const NOT_LOCAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// Hexo's `{% img [class names] /path/to/image [width] [height] [title] %}`: the source is the first
// argument that starts with `/` (a URL of another site is not ours to check).
const IMG_TAG = /\{%-?\s*img\s+(?:[^%/\s]+\s+)*(\/[^\s%]*)/g;

/**
 * The images of a Markdown text: `![](...)` and `<img src>` in HTML, each with its line
 * (`firstLine` is the line the text starts on in its file), and the root-relative source of Hexo's `{% img %}`.
 * Code is not looked into.
 */
export function imageReferences(markdown: string, firstLine = 1): Reference[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const references: Reference[] = [];
  const lineOf = (node: Image | Html | Text) => (node.position?.start.line ?? 1) + firstLine - 1;
  visit(tree, (node) => {
    if (node.type === 'image') references.push({ src: node.url, line: lineOf(node) });
    if (node.type === 'html' || node.type === 'text') {
      for (const match of node.value.matchAll(node.type === 'html' ? IMG_SRC : IMG_TAG)) {
        const linesBefore = node.value.slice(0, match.index).split('\n').length - 1;
        references.push({ src: match[1] ?? match[2] ?? match[3] ?? '', line: lineOf(node) + linesBefore });
      }
    }
  });
  return references.sort((a, b) => a.line - b.line);
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * The local path a `src` means, read as a browser would: backslashes (also `%5C`) are `/`,
 * percent-encoding is decoded, `?query` and `#fragment` dropped. Undefined for URLs of other
 * sites, `data:` and empty sources.
 */
export function localPath(src: string): string | undefined {
  const trimmed = src.trim();
  if (!trimmed || trimmed.startsWith('#') || NOT_LOCAL.test(trimmed.replace(/\\/g, '/'))) return undefined;
  const withSlashes = trimmed.replace(/%5c/gi, '/').replace(/\\/g, '/');
  const at = withSlashes.search(/[?#]/);
  return decode(at < 0 ? withSlashes : withSlashes.slice(0, at)).normalize('NFC');
}
