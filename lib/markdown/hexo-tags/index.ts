/**
 * Hexo's tag plugins (`{% asset_img a.png %}`, `{% post_link slug %}`, NexT's `{% note %}`, …)
 * expanded into Markdown and raw HTML before the site's remark/rehype pipeline reads a post.
 * Pure: what it needs to know about posts and assets comes through {@link HexoTagContext}.
 *
 * What each tag becomes:
 * - `asset_img`, `img`: `<img src class width height title alt>` (alt defaults to the title);
 *   `asset_link`, `post_link`, `link`: `<a href title [target]>text</a>`; `asset_path`,
 *   `post_path`: the bare URL.
 * - `blockquote`/`quote`, `pullquote`: `<blockquote>`, a blank line, the body as Markdown, a
 *   blank line, `<footer>` (author, cite) and `</blockquote>`.
 * - `codeblock`/`code`: a fenced block, ```` ```lang title="…" {1,3-4} showLineNumbers{n} ````,
 *   then `<p class="code-source"><a href>link text</a></p>` when a source URL is given.
 * - `note`: a GitHub alert (`> [!WARNING]` and the body quoted); with a summary, `<details
 *   class="markdown-alert markdown-alert-…">` with `<summary class="markdown-alert-title">`.
 * - `youtube`, `vimeo`, `iframe`: a lazy, titled `<iframe>` (youtube-nocookie.com, Vimeo with
 *   `dnt=1`); `gist`, `jsfiddle`: a link.
 * - `raw`: its body as written; `{# comments #}`: nothing.
 */
export { expandHexoTags, type ExpandedPost } from './expand';
export type { EmbedService, HexoTagContext, TagProblem } from './types';
