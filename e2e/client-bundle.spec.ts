import { expect, test } from '@playwright/test';

// The posts reach the browser as pages and as the search index, never inside the JavaScript:
// one client component importing lib/posts would put every post into a script all pages load.
const PAGES = ['/', '/search', '/posts/rich-markdown', '/tags/react', '/archives'];
// Contentlayer's field for a post's source file, and a sentence of a post shown on none of the pages above.
const MARKERS = ['sourceFilePath', '날짜가 없으면 파일 이름의 날짜를 씁니다'];

test('no script the pages load carries the posts', async ({ request }) => {
  const scripts = new Set<string>();
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    for (const [, src] of html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)) scripts.add(src!);
  }
  expect(scripts.size).toBeGreaterThan(3);
  for (const src of scripts) {
    const body = await (await request.get(src)).text();
    for (const marker of MARKERS) expect(body.includes(marker), `${src} contains "${marker}"`).toBe(false);
  }
});

// scripts/compile-hints.ts: what a page runs while it loads is compiled off the main thread.
test('every script a page loads with its HTML asks to be compiled eagerly', async ({ request }) => {
  const scripts = new Set<string>();
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    for (const [, src] of html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)" async=""/g)) scripts.add(src!);
  }
  expect(scripts.size).toBeGreaterThan(3);
  for (const src of scripts) {
    const body = await (await request.get(src)).text();
    expect(body.startsWith('//# allFunctionsCalledOnLoad\n'), `${src} starts with the compile hint`).toBe(true);
  }
});
