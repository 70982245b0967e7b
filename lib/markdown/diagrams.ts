import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Element, ElementContent, Parents, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

import { DIAGRAM_THEMES, renderMermaid, type RenderDiagrams } from './mermaid';
import { sourceFilePathOf } from './source-file';

export interface DiagramOptions {
  /** The folder the vfile's `sourceFilePath` is relative to, to name the file in an error. */
  contentDir: string;
  /** The accessible name of a diagram without a title (`accTitle`). */
  label: string;
  /** Draws the diagrams; Mermaid in Chromium unless a test says otherwise. */
  render?: RenderDiagrams;
}

interface Fence {
  parent: Parents;
  index: number;
  pre: Element;
  code: string;
  line: number | undefined;
}

const svgParser = unified().use(rehypeParse, { fragment: true });
const stringifier = unified().use(rehypeStringify);

const isMermaid = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('language-mermaid');

function mermaidFences(tree: Root): Fence[] {
  const fences: Fence[] = [];
  visit(tree, 'element', (pre: Element, index, parent) => {
    const [code, ...rest] = pre.children.filter((child) => child.type !== 'text' || child.value.trim());
    if (pre.tagName !== 'pre' || rest.length || code?.type !== 'element' || !isMermaid(code)) return;
    if (!parent || index === undefined) return;
    fences.push({ parent, index, pre, code: toString(code), line: pre.position?.start.line });
  });
  return fences;
}

/**
 * The line of each ```` ```mermaid ```` fence in the file as its author wrote it: the pipeline
 * reads the file after Hexo's front matter forms and tags are rewritten, which can move lines.
 */
function fenceLinesInSource(file: string): number[] {
  const lines: number[] = [];
  visit(fromMarkdown(readFileSync(file, 'utf8')), 'code', (node: Code) => {
    if (node.lang === 'mermaid' && node.position) lines.push(node.position.start.line);
  });
  return lines;
}

/**
 * Gives every id in a diagram's SVG its root id as a prefix, with the references to it, so that no
 * two SVGs on a page share an id. Mermaid prefixes most of its ids itself; not all of them (a
 * sequence diagram's actors), and not in every release.
 */
export function scopeIds(svg: Element): void {
  const rootId = String(svg.properties.id);
  const renamed = new Map<string, string>();
  visit(svg, 'element', (node: Element) => {
    const id = node.properties.id;
    // An id that holds the root's (`mermaid-0_arrowEnd`, `chart-title-mermaid-0`) is scoped already.
    if (node === svg || typeof id !== 'string' || id.includes(rootId)) return;
    renamed.set(id, `${rootId}-${id}`);
    node.properties.id = `${rootId}-${id}`;
  });
  if (!renamed.size) return;
  const rename = (value: string) =>
    value
      .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : whole))
      .replace(/^#(.+)$/, (whole, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : whole));
  visit(svg, 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = rename(value);
      // Id references (`aria-labelledby`) are token lists.
      else if (Array.isArray(value) && /^aria/.test(name))
        node.properties[name] = value.map((token) => renamed.get(String(token)) ?? token);
    }
  });
}

/** A diagram's SVG as hast, ids scoped, announced as one image named by its title or `label`. */
function diagramSvg(svgText: string, label: string): Element {
  const svg = svgParser.parse(svgText).children.find((node): node is Element => node.type === 'element');
  if (svg?.tagName !== 'svg') throw new Error(`Mermaid returned no SVG: ${svgText.slice(0, 80)}`);
  scopeIds(svg);
  svg.properties.role = 'img';
  // `flowchart-v2` is Mermaid's name for its renderer, not something to read out.
  delete svg.properties.ariaRoleDescription;
  if (!svg.properties.ariaLabelledBy) svg.properties.ariaLabel = label;
  return svg;
}

/**
 * Turns each ```` ```mermaid ```` block into its diagram, drawn at build time into inline SVG (its
 * text stays text): one SVG for the light theme and one for the dark, shown by the site's `dark`
 * variant, so the page needs no script. Chromium starts only for a file with a diagram. Throws,
 * naming the file and the fence's line, on a diagram Mermaid cannot parse. Runs before
 * rehype-pretty-code, which would take the block for code.
 */
export function rehypeDiagrams(options: DiagramOptions) {
  const { contentDir, label, render = renderMermaid } = options;
  return async (tree: Root, file: VFile) => {
    const fences = mermaidFences(tree);
    if (!fences.length) return;
    const sourceFilePath = sourceFilePathOf(file);
    const postFile = sourceFilePath ? path.join(contentDir, sourceFilePath) : (file.path ?? '(markdown)');
    // Ids unique to the file, so that no two posts' diagrams clash on a page or in a feed.
    const fileKey = createHash('sha1').update(postFile).digest('hex').slice(0, 8);
    const codes = fences.map((fence) => fence.code);
    const drawings = await Promise.all(
      DIAGRAM_THEMES.map((theme) => render(codes, theme, `mermaid-${fileKey}-${theme}`)),
    );

    // Both themes parse the same text: the first one says what is wrong.
    const failed = drawings[0]!.findIndex((result) => result.status === 'rejected');
    if (failed >= 0) {
      const reason = (drawings[0]![failed] as PromiseRejectedResult).reason as { message?: string } | undefined;
      let sourceLines: number[] = [];
      try {
        sourceLines = fenceLinesInSource(postFile);
      } catch {
        // No file on disk (a test's text): the line in the text the pipeline read.
      }
      const line = sourceLines.length === fences.length ? sourceLines[failed] : fences[failed]!.line;
      throw new Error(`${postFile}:${line ?? '?'}: diagram: ${reason?.message ?? String(reason)}`);
    }

    fences.forEach((fence, index) => {
      const variants = DIAGRAM_THEMES.map((theme, i): ElementContent => {
        const result = drawings[i]![index]!;
        if (result.status === 'rejected')
          throw new Error(`${postFile}: diagram ${index + 1} failed in the ${theme} theme`);
        // styles/markdown.css shows the one of the site's theme.
        return {
          type: 'element',
          tagName: 'div',
          properties: { dataDiagramTheme: theme },
          children: [diagramSvg(result.value.svg, label)],
        };
      });
      fence.parent.children[fence.index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['not-prose'], dataDiagram: '' },
        children: variants,
        position: fence.pre.position,
      };
    });
  };
}

/**
 * A post's HTML for a feed reader, which has none of the site's styles to pick a diagram's
 * drawing by theme: the light drawing alone.
 */
export function lightDiagramsOnly(html: string): string {
  if (!html.includes('data-diagram-theme="dark"')) return html;
  const tree = svgParser.parse(html);
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.properties.dataDiagramTheme !== 'dark' || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return index;
  });
  return stringifier.stringify(tree);
}
