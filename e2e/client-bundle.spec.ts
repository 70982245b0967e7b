import { expect, test, type APIRequestContext } from '@playwright/test';

// Pages of every kind, and a 404 (rendered by the server at request time, not prerendered).
const PAGES = [
  '/',
  '/search',
  '/posts/rich-markdown',
  '/tags/react',
  '/archives',
  '/series',
  '/series/%ED%95%9C%EA%B8%80-%EA%B2%80%EC%83%89-%EB%A7%8C%EB%93%A4%EA%B8%B0',
  '/posts/series-02',
  '/posts/no-such-post',
];
// Contentlayer's field for a post's source file, and a sentence of a post shown on none of the pages above.
const MARKERS = ['sourceFilePath', '날짜가 없으면 파일 이름의 날짜를 씁니다'];

/** Every script the pages can run: the ones their HTML names, and every chunk those import, lazily or not. */
async function islandScripts(request: APIRequestContext): Promise<Map<string, string>> {
  const queue: string[] = [];
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    for (const [, src] of html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g))
      queue.push(src!);
  }
  const scripts = new Map<string, string>();
  for (let src = queue.shift(); src; src = queue.shift()) {
    if (scripts.has(src)) continue;
    const response = await request.get(src);
    expect(response.ok(), `${src} answers ${response.status()}`).toBe(true);
    const body = await response.text();
    scripts.set(src, body);
    for (const [, file] of body.matchAll(/["']\.\/([\w-]+\.js)["']/g))
      queue.push(new URL(file!, `http://x${src}`).pathname);
  }
  return scripts;
}

// scripts/strip-next-runtime.ts: pages are static HTML, not an App Router application to hydrate.
test('no page loads the Next.js runtime or carries its React payload', async ({ request }) => {
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(html, path).not.toContain('self.__next_f');
  }
});

// The posts reach the browser as pages and as the search index, never inside the JavaScript.
test('no script the pages load carries the posts', async ({ request }) => {
  const scripts = await islandScripts(request);
  // The site's script, the search page's, and the chunks behind them (Preact, the palette, the engine).
  expect(scripts.size).toBeGreaterThan(4);
  for (const [src, body] of scripts) {
    for (const marker of MARKERS) expect(body.includes(marker), `${src} contains "${marker}"`).toBe(false);
  }
});

// scripts/build-islands.ts: what runs while a page loads is compiled off the main thread.
test('every script asks to be compiled as it downloads', async ({ request }) => {
  for (const [src, body] of await islandScripts(request)) {
    expect(body.startsWith('//# allFunctionsCalledOnLoad\n'), `${src} starts with the compile hint`).toBe(true);
  }
});
