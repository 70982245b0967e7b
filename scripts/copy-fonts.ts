// Copies Pretendard's dynamic-subset stylesheet and its 92 woff2 subsets from the npm package to
// public/fonts/pretendard/ (lib/urls.ts: pretendardStylesheetUrl), which app/layout.tsx links
// for wide screens only, and KaTeX's stylesheet and fonts to public/fonts/katex/
// (katexStylesheetUrl), which a post page links only when the post has formulas. Runs before
// `next build` and `next dev`.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const OUT = 'public/fonts/pretendard';
const CSS = 'pretendardvariable-dynamic-subset.css';

const from = path.dirname(createRequire(import.meta.url).resolve(`pretendard/dist/web/variable/${CSS}`));
rmSync(OUT, { recursive: true, force: true });
cpSync(path.join(from, CSS), path.join(OUT, CSS));
cpSync(path.join(from, 'woff2-dynamic-subset'), path.join(OUT, 'woff2-dynamic-subset'), { recursive: true });
console.log(`Fonts: Pretendard (dynamic subset) → ${OUT}/`);

// The stylesheet finds its fonts at fonts/, beside it, as in the package.
const KATEX_OUT = 'public/fonts/katex';
const katex = path.dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
rmSync(KATEX_OUT, { recursive: true, force: true });
cpSync(path.join(katex, 'katex.min.css'), path.join(KATEX_OUT, 'katex.min.css'));
cpSync(path.join(katex, 'fonts'), path.join(KATEX_OUT, 'fonts'), { recursive: true });
console.log(`Fonts: KaTeX → ${KATEX_OUT}/`);
