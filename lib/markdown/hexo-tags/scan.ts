import { lexTag } from './args';
import { rangeAt, type ProtectedRange, type Range } from './regions';

/** A `{% name args %}` tag, with its body and end tag when it has them. */
export interface TagNode {
  type: 'tag';
  name: string;
  args: string[];
  start: number;
  end: number;
  /** The text between the tag and its end tag, with the tags found in it. */
  body?: Range & { children: Node[] };
  /** The end tag (`{% endname %}`). */
  close?: Range;
}

/**
 * Text the expansion removes or keeps apart: a Nunjucks comment, a `{% raw %}` marker in inline
 * code, a `{%` without `%}`, a tag that could not be paired.
 */
export interface MarkNode extends Range {
  type: 'comment' | 'raw-marker' | 'unclosed' | 'unpaired';
  /** What replaces it; nothing unless said. */
  text?: string;
}

/** What the scan finds in a post. */
export type Node = TagNode | MarkNode;

// Hexo leaves inline code alone, except for `{% raw %}…{% endraw %}` in it: the markers go
// (hexo/dist/hexo/post.js), as authors of older posts expect.
const RAW_IN_CODE = /(\{%-?\s*raw\s*-?%\})[\s\S]*?(\{%-?\s*endraw\s*-?%\})/g;

function rawMarkers(source: string, range: Range): MarkNode[] {
  const code = source.slice(range.start, range.end);
  const fence = /^`+/.exec(code)![0].length;
  const markers: MarkNode[] = [];
  for (const match of code.matchAll(RAW_IN_CODE)) {
    const [whole, open, close] = match as unknown as [string, string, string];
    const inner = whole.slice(open.length, whole.length - close.length);
    // ``{% raw %}`x`{% endraw %}`` must not become ```x```: at the span's edges, a backtick
    // next to the delimiter gets the space that CommonMark strips again.
    const edges = match.index === fence && match.index + whole.length === code.length - fence;
    const text = edges && (inner.startsWith('`') || inner.endsWith('`')) ? ' ' : '';
    const start = range.start + match.index;
    const closeStart = start + whole.length - close.length;
    markers.push(
      { type: 'raw-marker', start, end: start + open.length, text },
      { type: 'raw-marker', start: closeStart, end: closeStart + close.length, text },
    );
  }
  return markers;
}

/**
 * Finds the comments and tags of `source` outside the protected ranges. A tag named in
 * `verbatim` (`raw`, `codeblock`) takes everything up to its end tag as its body, tags and all,
 * whatever that text looks like.
 */
export function scan(source: string, ranges: readonly ProtectedRange[], verbatim: ReadonlySet<string>): Node[] {
  const nodes: Node[] = [];
  let i = source.indexOf('{');
  while (i !== -1) {
    const range = rangeAt(ranges, i);
    let next = i + 1;
    if (range) {
      if (range.inlineCode) nodes.push(...rawMarkers(source, range));
      next = range.end;
    } else if (source[i + 1] === '#') {
      const close = source.indexOf('#}', i + 2);
      const inside = ranges.some((r) => r.start > i && r.start < close);
      if (close !== -1 && !inside) {
        nodes.push({ type: 'comment', start: i, end: close + 2 });
        next = close + 2;
      }
    } else if (source[i + 1] === '%') {
      const tag = lexTag(source, i);
      if (!tag) {
        nodes.push({ type: 'unclosed', start: i, end: i + 2 });
        next = i + 2;
      } else {
        const node: TagNode = { type: 'tag', name: tag.name, args: tag.args, start: i, end: tag.end };
        next = tag.end;
        if (verbatim.has(tag.name)) {
          const close = findEnd(source, tag.name, tag.end);
          if (close) {
            node.body = { start: tag.end, end: close.start, children: [] };
            node.close = close;
            next = close.end;
          }
        }
        nodes.push(node);
      }
    }
    i = source.indexOf('{', next);
  }
  return nodes;
}

function findEnd(source: string, name: string, from: number): Range | undefined {
  const pattern = new RegExp(`\\{%-?\\s*end${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*-?%\\}`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(source);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** The spans of verbatim bodies among `nodes`, which must not count as Markdown. */
export function verbatimBodies(nodes: readonly Node[]): Range[] {
  return nodes.flatMap((node) => (node.type === 'tag' && node.body ? [node.body] : []));
}

/** A tag the pairing could not place: a stray end tag, or a block tag without its end. */
export interface Unpaired {
  node: TagNode;
  message: string;
}

/**
 * Pairs block tags with their end tags, nesting what lies between as their body. A tag is a
 * block when its end tag (`end` + name) follows it; `blockNames` are block tags that must have
 * one. Tags that cannot be paired stay in the tree as `unpaired` marks, and are returned apart.
 */
export function pair(nodes: readonly Node[], blockNames: ReadonlySet<string>): { tree: Node[]; unpaired: Unpaired[] } {
  const unpaired: Unpaired[] = [];
  const openers = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (node.type === 'tag' && node.name.startsWith('end')) openers.set(node.name.slice(3), index);
  });
  let at = 0;
  const open: string[] = [];

  const parse = (): Node[] => {
    const children: Node[] = [];
    while (at < nodes.length) {
      const node = nodes[at]!;
      if (node.type !== 'tag' || node.body) {
        children.push(node);
        at++;
        continue;
      }
      if (node.name.startsWith('end') && node.name.length > 3) {
        if (open.includes(node.name.slice(3))) return children;
        unpaired.push({ node, message: `{% ${node.name} %} without {% ${node.name.slice(3)} %}` });
        children.push({ type: 'unpaired', start: node.start, end: node.end });
        at++;
        continue;
      }
      at++;
      const lastEnd = openers.get(node.name);
      if (lastEnd === undefined || lastEnd < at) {
        if (!blockNames.has(node.name)) children.push(node);
        else {
          unpaired.push({ node, message: `{% ${node.name} %} without {% end${node.name} %}` });
          children.push({ type: 'unpaired', start: node.start, end: node.end });
        }
        continue;
      }
      open.push(node.name);
      const body = parse();
      open.pop();
      const close = nodes[at];
      if (close?.type === 'tag' && close.name === `end${node.name}`) {
        node.body = { start: node.end, end: close.start, children: body };
        node.close = { start: close.start, end: close.end };
        children.push(node);
        at++;
      } else {
        unpaired.push({ node, message: `{% ${node.name} %} without {% end${node.name} %}` });
        children.push({ type: 'unpaired', start: node.start, end: node.end }, ...body);
      }
    }
    return children;
  };
  return { tree: parse(), unpaired };
}
