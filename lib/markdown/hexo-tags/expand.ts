import { bodyLines, containerPrefix, lineStart, placeBlock } from './layout';
import { BLOCKS, RAW, TAGS, VERBATIM } from './registry';
import { mask, protectedRanges, rangeAt, type Range } from './regions';
import { pair, scan, verbatimBodies, type Node, type TagNode } from './scan';
import type { HexoTagContext, TagEnv, TagProblem } from './types';

/** The Markdown a post becomes once its Hexo tags are expanded, and what could not be expanded. */
export interface ExpandedPost {
  markdown: string;
  problems: TagProblem[];
}

// A code tag's body may hold anything, even an unclosed fence that would run on past its end tag
// and hide the tags after it: then parse again with the bodies blanked out, until nothing changes.
function findTags(markdown: string): Node[] {
  let ranges = protectedRanges(markdown);
  let nodes = scan(markdown, ranges, VERBATIM);
  for (let round = 0; round < 3; round++) {
    const bodies = verbatimBodies(nodes);
    if (!bodies.some((body) => (rangeAt(ranges, body.end - 1)?.end ?? 0) > body.end)) break;
    ranges = protectedRanges(mask(markdown, bodies));
    nodes = scan(markdown, ranges, VERBATIM);
  }
  return nodes;
}

function lineOf(markdown: string): (offset: number) => number {
  const starts = [0];
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Expands the Hexo tag plugins of a post (front matter included, which stays as written) into
 * Markdown and raw HTML for the site's remark/rehype pipeline: `asset_img`, `post_link`,
 * `blockquote`, `codeblock`, `youtube`, NexT's `note` and the rest (see ./registry.ts), with
 * `{% raw %}` passed on as written and `{# comments #}` removed. Code, math, front matter and HTML
 * comments keep their tags as written. A tag that cannot be expanded (a missing post or asset, an
 * unknown tag, a block without its end) is left out and reported with its line; the tags in
 * `context.keepTags` are replaced by their body. A post without `{%` or `{#` is returned as is.
 */
export function expandHexoTags(markdown: string, context: HexoTagContext): ExpandedPost {
  if (!markdown.includes('{%') && !markdown.includes('{#')) return { markdown, problems: [] };
  const line = lineOf(markdown);
  const problems: TagProblem[] = [];
  const report = (offset: number, message: string) => problems.push({ line: line(offset), message });
  const { tree, unpaired } = pair(findTags(markdown), BLOCKS);
  for (const { node, message } of unpaired) report(node.start, message);

  const lineEnd = (from: number) => (markdown.indexOf('\n', from) + 1 || markdown.length + 1) - 1;

  const render = (range: Range, children: readonly Node[], ancestors: readonly string[]): string => {
    let out = '';
    let at = range.start;
    for (const node of children) {
      const [start, end, text] = node.type === 'tag' ? renderTag(node, at, ancestors) : renderMark(node);
      out += markdown.slice(at, start) + text;
      at = end;
    }
    return out + markdown.slice(at, range.end);
  };

  const renderMark = (node: Exclude<Node, TagNode>): [number, number, string] => {
    if (node.type === 'unclosed') report(node.start, '"{%" without "%}"');
    // What is left of an unclosed tag must not read as one.
    return [node.start, node.end, node.type === 'unclosed' ? '&#123;%' : (node.text ?? '')];
  };

  const renderTag = (node: TagNode, at: number, ancestors: readonly string[]): [number, number, string] => {
    const env: TagEnv = { context, ancestors, problem: (message) => report(node.start, message) };
    const handler = TAGS.get(node.name);
    if (node.name === RAW && node.body && node.close) return renderRaw(node, node.body, node.close, at);
    if (!node.body || !node.close) {
      if (handler?.kind === 'inline') return [node.start, node.end, handler.render([...node.args], env)];
      if (!context.keepTags.includes(node.name)) {
        report(node.start, node.name ? `unknown tag {% ${node.name} %}` : 'a tag without a name');
      }
      return [node.start, node.end, ''];
    }
    if (handler?.kind !== 'block' && !context.keepTags.includes(node.name)) {
      report(node.start, `unknown tag {% ${node.name} %}…{% end${node.name} %}; its body is kept`);
    }
    const before = markdown.slice(lineStart(markdown, node.start), node.start);
    const prefix = containerPrefix(before);
    const verbatim = handler?.kind === 'block' && handler.verbatim;
    const body = verbatim
      ? markdown.slice(node.body.start, node.body.end)
      : render(node.body, node.body.children, [...ancestors, node.name]);
    const inner = bodyLines(body, prefix ?? '').join('\n');
    const result = handler?.kind === 'block' ? handler.render([...node.args], inner, env) : inner;
    // The rest of the end tag's line and the line after it: whether the block needs a blank line.
    const after = markdown.slice(node.close.end, lineEnd(lineEnd(node.close.end) + 1));
    const text = result.trim() === '' ? '' : placeBlock(result.split('\n'), { prefix, before, after });
    return [node.start, node.close.end, text];
  };

  // A raw tag or end tag alone on its line goes with its line, so the body stands as written.
  const renderRaw = (node: TagNode, body: Range, close: Range, at: number): [number, number, string] => {
    const openLine = lineStart(markdown, node.start);
    const alone = (start: number, end: number) =>
      /^[ \t>]*$/.test(markdown.slice(lineStart(markdown, start), start)) && /^[ \t]*(\n|$)/.test(markdown.slice(end));
    const openAlone = openLine >= at && alone(node.start, node.end) && markdown[node.end] !== undefined;
    const closeAlone = alone(close.start, close.end);
    const start = openAlone ? openLine : node.start;
    const bodyStart = openAlone ? markdown.indexOf('\n', node.end) + 1 : body.start;
    const bodyEnd =
      closeAlone && lineStart(markdown, close.start) >= bodyStart ? lineStart(markdown, close.start) : body.end;
    const end = closeAlone
      ? Math.min(markdown.length, markdown.indexOf('\n', close.end) + 1 || markdown.length)
      : close.end;
    return [start, end, markdown.slice(bodyStart, bodyEnd)];
  };

  const expanded = render({ start: 0, end: markdown.length }, tree, []);
  problems.sort((a, b) => a.line - b.line);
  return { markdown: expanded, problems };
}
