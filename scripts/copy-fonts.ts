// Copies Pretendard's dynamic-subset stylesheet and its 92 woff2 subsets from the npm package to
// public/fonts/pretendard/ (lib/urls.ts: pretendardStylesheetUrl), which app/layout.tsx links
// for wide screens only, and KaTeX's stylesheet and fonts to public/fonts/katex/
// (katexStylesheetUrl), which a post page links only when the post has formulas. Runs before
// `next build` and `next dev`.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Copies a stylesheet from an npm package and the folder of fonts beside it into `out`, keeping
 * their relative places, so the stylesheet's own `url(...)`s still find the fonts.
 */
function copyFonts(name: string, stylesheet: string, fontDir: string, out: string): void {
  const from = path.dirname(createRequire(import.meta.url).resolve(stylesheet));
  const css = path.basename(stylesheet);
  rmSync(out, { recursive: true, force: true });
  cpSync(path.join(from, css), path.join(out, css));
  cpSync(path.join(from, fontDir), path.join(out, fontDir), { recursive: true });
  console.log(`Fonts: ${name} → ${out}/`);
}

copyFonts(
  'Pretendard (dynamic subset)',
  'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css',
  'woff2-dynamic-subset',
  'public/fonts/pretendard',
);
copyFonts('KaTeX', 'katex/dist/katex.min.css', 'fonts', 'public/fonts/katex');
