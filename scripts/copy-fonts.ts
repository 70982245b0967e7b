// Copies Pretendard's dynamic-subset stylesheet and its 92 woff2 subsets from the npm package to
// public/fonts/pretendard/ (lib/urls.ts: pretendardStylesheetUrl), which app/layout.tsx links
// for wide screens only. Runs before `next build` and `next dev`.
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
