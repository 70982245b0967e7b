import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse, { fragment: true });

// Code shows Hexo's syntax on purpose (a post about Hexo); everywhere else it is a tag left over.
const SHOWN_AS_CODE = new Set(['code', 'pre', 'kbd', 'samp']);
const TAG = /\{%-?\s*\w*/;

/**
 * The first Hexo tag (`{% name`) that reaches a reader in a rendered post's HTML outside code,
 * as text or in an attribute, or `undefined` when there is none.
 */
export function findRawTag(html: string): string | undefined {
  if (!html.includes('{%')) return undefined;
  let found: string | undefined;
  visit(parser.parse(html) as Root, (node) => {
    if (found) return SKIP;
    if (node.type === 'element') {
      const element = node as Element;
      if (SHOWN_AS_CODE.has(element.tagName)) return SKIP;
      for (const value of Object.values(element.properties)) {
        const match = typeof value === 'string' ? TAG.exec(value) : undefined;
        if (match) found = match[0];
      }
    } else if (node.type === 'text') {
      found = TAG.exec(node.value)?.[0];
    }
    return undefined;
  });
  return found;
}

/** The first Hexo tag in plain text (a title, an excerpt), or `undefined`. */
export function findRawTagInText(text: string): string | undefined {
  return TAG.exec(text)?.[0];
}
