import { expandHexoTags } from '../markdown/hexo-tags';
import type { FindPost } from '../content/post-lookup';
import { assetCandidates } from '../markdown/post-assets';
import { bodyOf, type CheckedFile, type Problem } from './problems';

/** What the tag check needs beyond the file: how to find posts and asset files. */
export interface TagCheckContext {
  findPost: FindPost;
  /** Whether `source/<path>` is imported. */
  exists(source: string): boolean;
  keepTags: readonly string[];
}

/**
 * Hexo tags the build cannot expand (`post_link` to no post, `asset_img` of a missing file, an
 * unknown tag, ...), found by the build's own expander, with the line in the imported file.
 */
export function hexoTagProblems(file: CheckedFile, context: TagCheckContext): Problem[] {
  const { body, firstLine } = bodyOf(file.text);
  const assetFolder = file.source.replace(/\.(md|markdown)$/i, '');
  // Only whether a post or file exists matters: the expanded text is thrown away.
  const { problems } = expandHexoTags(body, {
    file: file.display,
    findPost: context.findPost,
    assetUrl(name) {
      if (file.kind !== 'post') return undefined;
      const candidates = assetCandidates(file.source.replace(/^_posts\//, ''), name.replace(/\\/g, '/'));
      return candidates.some((candidate) => context.exists(`${assetFolder}/${candidate}`)) ? '' : undefined;
    },
    keepTags: context.keepTags,
  });
  return problems.map(({ line, message }) => ({ file: file.display, line: line + firstLine - 1, message }));
}
