import { expectMoved } from '../support/redirects';
import { expect, test } from '../support/site';

import { HEXO_MOVES } from './moves';

// The imported Hexo blog's static export (`npm run build:static`) behind nginx, by GitHub Pages'
// rules: the pattern ends in `/`, so every page is `…/index.html`, and each old URL is a page that
// sends the reader on (e2e/hexo/hexo-posts.spec.ts checks the Node server's 308s).

test('every post keeps its Hexo URL in the export, as …/index.html', async ({ request, exportURL }) => {
  for (const path of ['/2015/01/15/tic-tac-toe/', '/2016/03/01/spring/', '/2024/05/01/hexo-tags/']) {
    const response = await request.get(`${exportURL}${path}`);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<article');
  }
});

test("aliases and Hexo's tag paths are pages that lead on in one hop, with or without the slash", async ({
  request,
  exportURL,
}) => {
  for (const [old, now] of HEXO_MOVES) await expectMoved(request, old, now, exportURL);

  const redirects = await (await request.get(`${exportURL}/_redirects`)).text();
  expect(redirects).toContain('/old/hexo-tags/ /2024/05/01/hexo-tags/ 301\n');
  expect(redirects).toContain('/tags/React /tags/react/ 301\n');
});

test('a reader who opens an old link in the export lands on the post', async ({ page, exportURL }) => {
  await page.goto(`${exportURL}/old/hexo-tags/`);
  await expect(page).toHaveURL(`${exportURL}/2024/05/01/hexo-tags/`);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
});
