/**
 * Where the site's content lives. `CONTENT_DIR` is a folder of posts (scripts, benchmarks and
 * tests point it at their own); pages and static files have their own variables beside it.
 */
export const contentDirs = {
  /** Markdown posts, with Hexo's asset folders beside them. */
  posts: process.env.CONTENT_DIR || 'content/posts',
  /** Markdown pages (`about.md` is `/about`). */
  pages: process.env.PAGES_DIR || 'content/pages',
  /** Files served as they are at the same paths (`images/a.png` is `/images/a.png`): Hexo's `source/`. */
  static: process.env.STATIC_DIR || 'content/static',
} as const;

/** A post's or page's file: Markdown, as Hexo reads it (`.md`, `.markdown`). */
export const MARKDOWN_FILE = /\.(md|markdown)$/i;
