import type { HexoTagContext } from '../markdown/hexo-tags';
import { canonicalFrontMatter } from './hexo-front-matter';
import { removeScripts } from './post-scripts';
import { expandTags } from './tag-context';

const lineCount = (text: string) => text.split('\n').length;

/**
 * What Hexo does to a post or page before rendering it, done to the file's text: front matter in
 * every form Hexo reads, then its tag plugins expanded; on the way, `<script>`s are taken out
 * (reported through `warn` with file and line). Throws, naming the file and every line, when a
 * tag cannot be expanded.
 */
export function prepareMarkdown(text: string, context: HexoTagContext, warn: (message: string) => void = console.warn) {
  const canonical = canonicalFrontMatter(text);
  // Lines the front matter gained, so that problems are reported at the lines the author wrote.
  const shift = lineCount(canonical) - lineCount(text);
  const { markdown, removed } = removeScripts(canonical);
  for (const script of removed) warn(`Warning: ${context.file}:${script.line - shift}: ${script.message}`);
  return expandTags(markdown, context, shift);
}
