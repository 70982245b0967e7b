import type { Element, Root } from 'hast';
import type { Options } from 'rehype-pretty-code';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';

// Both themes are rendered into every token as CSS variables (`--shiki-light`, `--shiki-dark`);
// styles/markdown.css picks one with the site's dark variant, so the browser runs no highlighter.
// The high-contrast variants keep every token at WCAG AA (4.5:1) on the block background.
const themes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

// Starting Shiki (its regex engine, themes, grammars) costs far more than highlighting a block,
// and Contentlayer builds a new pipeline for every post: the highlighter is made once, here,
// and each post loads only the grammars not loaded yet.
let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () => (highlighter ??= createHighlighter({ themes: Object.values(themes), langs: [] }));

// Shiki stops tokenizing a line after 500 ms and leaves the rest of it one colour. The first line
// of a language pays for compiling its grammar, which on a busy build machine takes that long:
// a build has time, so there is no limit.
const noTimeLimit: ShikiTransformer = {
  name: 'no-tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/** Options for rehype-pretty-code: fenced blocks only, dual themes, the page's own background. */
export const codeBlockOptions: Options = {
  theme: themes,
  keepBackground: false,
  // Inline `code` stays as written; a `{:lang}` suffix in it is not a Hexo habit.
  bypassInlineCode: true,
  // Blocks without a language still get the block styling and a copy button, just no colours.
  defaultLang: { block: 'plaintext' },
  getHighlighter,
  transformers: [noTimeLimit],
};

/**
 * Keeps each fenced block's meta string (`{2-3}`, `title="a.ts"`) where rehype-pretty-code looks
 * for it after rehype-raw, which rebuilds the tree without the `data` that remark put it in.
 * Runs before rehype-raw.
 */
export function rehypeKeepCodeMeta() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const meta = (node.data as { meta?: string | null } | undefined)?.meta;
      if (node.tagName === 'code' && meta) node.properties.metastring = meta;
    });
  };
}

/**
 * Puts each highlighted block's language on its `<figure>`, where CSS shows it as a label above
 * the code (the `<pre>` scrolls sideways; a label inside it would scroll away).
 */
export function rehypeCodeLanguageLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'figure' || !('data-rehype-pretty-code-figure' in node.properties)) return;
      const pre = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      const language = pre?.properties['data-language'];
      if (typeof language === 'string' && language !== 'plaintext') node.properties['data-language'] = language;
    });
  };
}
