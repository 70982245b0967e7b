import type { VFile } from 'vfile';

import type { MarkdownFacts } from '../markdown/facts';
import { sourceFilePathOf } from '../markdown/source-file';

// Contentlayer renders a post's body, then resolves its computed fields from the document, which
// holds the HTML but not the vfile: the facts wait here, by file, in between.
const factsOfFile = new Map<string, MarkdownFacts>();

/** Rehype plugin, after the Markdown pipeline: keeps the post's `file.data.facts` for {@link takePostFacts}. */
export function rehypeKeepPostFacts() {
  return (_tree: unknown, file: VFile) => {
    const sourceFilePath = sourceFilePathOf(file);
    if (!sourceFilePath || !file.data.facts) throw new Error(`${sourceFilePath ?? 'a post'}: rendered without its facts`);
    factsOfFile.set(sourceFilePath, file.data.facts);
  };
}

/** The facts of the post just rendered from `sourceFilePath` (its computed field `facts`), handed over once. */
export function takePostFacts(sourceFilePath: string): MarkdownFacts {
  const facts = factsOfFile.get(sourceFilePath);
  if (!facts) throw new Error(`${sourceFilePath}: its facts were asked for before it was rendered`);
  factsOfFile.delete(sourceFilePath);
  return facts;
}
