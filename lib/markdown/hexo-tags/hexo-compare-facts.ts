// For the comparison with Hexo (hexo-compare.test.ts): what a rendered tag means, as a list of
// plain facts that do not depend on whose markup it is. Paragraph wrappers, highlighting markup
// and icons are not facts; the elements a reader or a browser acts on, their key attributes, the
// text, and the code (its text, title and marked lines) are.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** What one case of the fixture means: element facts in document order, and its text. */
export interface Facts {
  /** `tag attr=value …` for each element that carries meaning, attributes sorted. */
  elements: string[];
  /** The text outside code, whitespace collapsed. */
  text: string;
}

const ELEMENTS = new Set(['a', 'img', 'iframe', 'script', 'blockquote', 'footer', 'cite', 'strong', 'em', 'ul', 'li']);
const ELEMENTS_WITH_CLASS = new Set(['div', 'details', 'summary']);
const ATTRIBUTES = ['src', 'href', 'width', 'height', 'alt', 'title', 'class', 'target'];

const classes = (node: Element) => [node.properties.className ?? []].flat().join(' ');

function describe(node: Element): string {
  const values = ATTRIBUTES.flatMap((name) => {
    const value = name === 'class' ? classes(node) : node.properties[name];
    if (value === undefined || value === '') return [];
    // `https://hexo.io` and `https://hexo.io/` are one address.
    const text = typeof value === 'string' && /^https?:\/\//.test(value) ? new URL(value).href : String(value);
    return [`${name}=${text}`];
  });
  return [node.tagName, ...values].join(' ');
}

// A code block's facts: its title, source links, marked lines (1-based) and text.
function codeFacts(node: Element, facts: string[]): void {
  const lines: Element[] = [];
  const walk = (child: ElementContent) => {
    if (child.type !== 'element') return;
    const isLine = classes(child).split(' ').includes('line') || 'dataLine' in child.properties;
    if (isLine && child.tagName === 'span') lines.push(child);
    else child.children.forEach(walk);
  };
  walk(node);
  const caption = node.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
  );
  // Hexo: <figcaption><span>title</span><a>link</a></figcaption>; rehype-pretty-code: the title alone.
  const title = caption?.children.find(
    (child) => child.type === 'text' || (child.type === 'element' && child.tagName === 'span'),
  );
  if (title) facts.push(`code-title ${toString(title)}`);
  for (const link of caption?.children ?? [])
    if (link.type === 'element' && link.tagName === 'a') facts.push(describe(link));
  const marked = lines.flatMap((line, index) =>
    classes(line).includes('marked') || 'dataHighlightedLine' in line.properties ? [index + 1] : [],
  );
  if (marked.length) facts.push(`code-marked ${marked.join(',')}`);
  const text = lines.length ? lines.map((line) => toString(line)).join('\n') : toString(node);
  facts.push(`code ${text.replace(/\n$/, '')}`);
}

function collect(node: Root | Element, facts: string[], text: string[]): void {
  for (const child of node.children) {
    if (child.type === 'text') text.push(child.value);
    if (child.type !== 'element' || child.tagName === 'svg') continue;
    const isFigure =
      child.tagName === 'figure' &&
      ('dataRehypePrettyCodeFigure' in child.properties || classes(child).includes('highlight'));
    if (isFigure || child.tagName === 'pre') {
      codeFacts(child, facts);
      continue;
    }
    if (ELEMENTS.has(child.tagName) || (ELEMENTS_WITH_CLASS.has(child.tagName) && classes(child)))
      facts.push(describe(child));
    collect(child, facts, text);
  }
}

/** The facts of every `<div data-case="name">` of an HTML page, by name. */
export function factsByCase(html: string): Map<string, Facts> {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const cases = new Map<string, Facts>();
  const find = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const name = child.properties.dataCase;
      if (typeof name !== 'string') {
        find(child);
        continue;
      }
      const elements: string[] = [];
      const text: string[] = [];
      collect(child, elements, text);
      cases.set(name, { elements, text: text.join(' ').replace(/\s+/g, ' ').trim() });
    }
  };
  find(tree);
  return cases;
}
