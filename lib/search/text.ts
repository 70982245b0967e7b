import type { Nodes } from 'hast';

// Elements that end a line of the text: a search excerpt never runs two blocks together.
const BREAKS = new Set('p div section blockquote pre br hr li table tr td th h1 h2 h3 h4 h5 h6'.split(' '));
// Not read: scripts, styles, and KaTeX's MathML copy of each formula (its HTML copy is read).
const UNREAD = new Set(['script', 'style', 'math']);

function collect(node: Nodes, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value);
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element') {
    if (UNREAD.has(node.tagName)) return;
    // A diagram is drawn twice, for the light and the dark theme (lib/markdown/diagrams.ts): read it once.
    if (node.properties.dataDiagramTheme === 'dark') return;
  }
  const breaks = node.type === 'element' && BREAKS.has(node.tagName);
  if (breaks) out.push('\n');
  for (const child of node.children) collect(child, out);
  if (breaks) out.push('\n');
}

/**
 * The readable text of a rendered post's tree, for the search index and the reading time: the
 * text a reader sees, one line per block (paragraph, heading, list item, table cell, ...), spaces
 * collapsed.
 */
export function treeText(tree: Nodes): string {
  const out: string[] = [];
  collect(tree, out);
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
