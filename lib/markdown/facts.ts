import type { Element, Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

import { readingMinutesOfText } from '../reading-time';
import { treeText } from '../search/text';
import { tableOfContents, type TocEntry } from '../toc';
import { isZoomLink } from './image-links';
import { isFormula } from './math';

/** What the site needs to know of a rendered post or page, read once off its finished tree. */
export interface MarkdownFacts {
  /** Its h2 and h3 headings, for the table of contents. */
  toc: TocEntry[];
  /** The text a reader sees, one line per block: what search finds. */
  text: string;
  /** Minutes to read {@link text}. */
  readingMinutes: number;
  /** Whether it holds a formula: only then does its page load KaTeX's styles and fonts. */
  hasMath: boolean;
  /** Whether it holds an image the reader can open large: only then does its page load the zoom island. */
  hasZoomableImages: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by {@link rehypeFacts}. */
    facts: MarkdownFacts;
  }
}

function someElement(tree: Root, test: (node: Element) => boolean): boolean {
  let found = false;
  visit(tree, 'element', (node) => {
    if (!test(node)) return;
    found = true;
    return EXIT;
  });
  return found;
}

/** The {@link MarkdownFacts} of a rendered tree. */
export function factsOfTree(tree: Root): MarkdownFacts {
  const text = treeText(tree);
  return {
    toc: tableOfContents(tree),
    text,
    readingMinutes: readingMinutesOfText(text),
    hasMath: someElement(tree, isFormula),
    hasZoomableImages: someElement(tree, isZoomLink),
  };
}

/** Rehype plugin, the pipeline's last: the finished tree's {@link MarkdownFacts} go to `file.data.facts`. */
export function rehypeFacts() {
  return (tree: Root, file: VFile) => {
    file.data.facts = factsOfTree(tree);
  };
}
