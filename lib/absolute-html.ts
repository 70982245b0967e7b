import type { Element, Nodes, Properties } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

// Attributes (as hast names them) that hold one URL; `srcSet` holds a list of them.
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'formAction', 'data', 'longDesc', 'xLinkHref'];

// A scheme (`https:`, `mailto:`, `data:`) means the URL is absolute already and stays as written.
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

const parser = unified().use(rehypeParse, { fragment: true });
const stringifier = unified().use(rehypeStringify);

/**
 * Rewrites every relative URL in an HTML fragment (`/posts/a`, `images/b.png`, `#fn-1`) against
 * `base`, the absolute URL of the page it came from. Feed readers show a post away from the
 * site, where a relative link would lead nowhere. Text (including code that looks like HTML) is
 * never touched: the fragment is parsed, not searched.
 */
export function absolutizeHtml(html: string, base: string): string {
  const tree = parser.parse(html);
  visit(tree, base);
  return stringifier.stringify(tree);
}

function visit(node: Nodes, base: string): void {
  if (node.type === 'element') rewrite(node, base);
  if ('children' in node) for (const child of node.children) visit(child, base);
  // `<template>` keeps its children in a separate fragment.
  if (node.type === 'element' && node.content) visit(node.content, base);
}

function rewrite(element: Element, base: string): void {
  const properties: Properties = element.properties;
  for (const name of URL_PROPERTIES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = resolve(value, base);
  }
  const srcset = properties.srcSet;
  if (typeof srcset === 'string') {
    // Candidates are `url [descriptor]`, separated by commas.
    properties.srcSet = srcset.replace(
      /(^|,)(\s*)([^\s,]+)/g,
      (_, comma: string, space: string, url: string) => comma + space + resolve(url, base),
    );
  }
}

function resolve(url: string, base: string): string {
  if (HAS_SCHEME.test(url.trim())) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
