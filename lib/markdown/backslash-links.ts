import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

// `https:`, `mailto:`, `//cdn...`: not a path on this site.
const NOT_LOCAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * Rehype plugin: a local link written with Windows' backslashes, plain or percent-encoded
 * (`\files\a.pdf`, `%5Cfiles%5Ca.pdf`), points where a browser takes it, `/files/a.pdf`; the
 * Hexo site worked because browsers read a backslash in a URL as a slash. (Images: post-images.ts.)
 */
export function rehypeBackslashLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || NOT_LOCAL.test(href) || !/\\|%5c/i.test(href)) return;
      node.properties.href = href.replace(/\\|%5c/gi, '/');
    });
  };
}
