import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

import { siteLink } from '../urls';

// The attributes of a post's HTML that hold a URL the browser fetches or follows.
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
};

/**
 * Rehype plugin: under a sub-path (`SITE_URL=https://user.github.io/blog`), a root-relative link
 * the writer put in a post or page (`[소개](/about/)`, `<img src="/images/a.png">`) gains the
 * site's base path, as every link the site makes itself does (lib/urls.ts `siteLink`). At the
 * root it changes nothing. `toUrl` is for tests.
 */
export function rehypeBaseLinks({ toUrl = siteLink }: { toUrl?: (href: string) => string } = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = toUrl(value);
      }
    });
  };
}
