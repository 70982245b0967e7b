/**
 * The old URLs of e2e/fixtures/hexo-site and where each lives now: aliases (`alias:` of
 * hexo-tags.md) and Hexo's tag paths, with and without the slash. The Node server answers each
 * with a 308 (hexo-posts.spec.ts), the export with a redirect page (export.spec.ts).
 */
export const HEXO_MOVES: readonly (readonly [old: string, now: string])[] = [
  ['/old/hexo-tags/', '/2024/05/01/hexo-tags/'],
  ['/old/hexo-tags', '/2024/05/01/hexo-tags/'],
  ['/2024/05/hexo-tags.html', '/2024/05/01/hexo-tags/'],
  ['/tags/React/', '/tags/react/'],
  ['/tags/React', '/tags/react/'],
];
