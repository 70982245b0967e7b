import { expect, test } from '@playwright/test';

import { HEXO_MOVES } from './moves';

// The other posts of e2e/fixtures/hexo-site: front matter and file names as Hexo reads them.

test('front matter after a blank line or without its opening line is read, not shown', async ({ page }) => {
  await page.goto('/2024/03/02/blank-line/');
  await expect(page.getByRole('heading', { level: 1, name: '빈 줄로 시작하는 글' })).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('title:');

  await page.goto('/2024/02/10/no-opening/');
  await expect(page.getByRole('heading', { level: 1, name: '여는 줄 없는 머리말' })).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('categories:');
  await expect(page.getByRole('article').getByRole('link', { name: '머리말' }).first()).toBeVisible();
});

test("a date-prefixed file name is the post's slug and date, as with Hexo's new_post_name", async ({ page }) => {
  const response = await page.goto('/2015/01/15/tic-tac-toe/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('article').locator('time').first()).toHaveText('2015년 1월 15일');
  expect((await page.request.get('/2015/01/15/2015-01-15-tic-tac-toe/')).status()).toBe(404);
});

test('images with backslashes, plain or percent-encoded, and from source/images show', async ({ page }) => {
  await page.goto('/2024/04/21/backslash-image/');
  for (const name of ['작은 점', '블로그 로고']) {
    const image = page.getByRole('article').getByRole('img', { name });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
});

test('a gist written as a script becomes a link, and no third-party script reaches the page', async ({ page }) => {
  await page.goto('/2024/04/20/root-image/');
  const article = page.getByRole('article');
  await expect(article.getByRole('link', { name: /Gist 996818/ })).toBeVisible();
  expect(await page.locator('script[src*="gist.github.com"]').count()).toBe(0);
});

test('a sticky post leads the home page with its cover; a post in English says so', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('article').first();
  await expect(first.getByRole('heading', { name: '봄 소식' })).toBeVisible();
  expect(await page.locator('meta[property="og:image"]').count()).toBeGreaterThan(0);

  await page.goto('/2016/03/01/spring/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://blog.example.com/images/logo.png',
  );

  await page.goto('/2024/01/05/hello-english/');
  await expect(page.locator('article[lang="en"]')).toBeVisible();
});

test('the static files of source/ are served, and the site keeps its own robots.txt', async ({ request }) => {
  expect(await (await request.get('/CNAME')).text()).toContain('blog.example.com');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});

test('every post keeps its Hexo URL, and the form without the slash lands on it in one hop', async ({ request }) => {
  for (const path of ['/2015/01/15/tic-tac-toe/', '/2016/03/01/spring/', '/2024/05/01/hexo-tags/']) {
    expect((await request.get(path)).status(), path).toBe(200);
    const other = await request.get(path.slice(0, -1), { maxRedirects: 0 });
    expect(other.status(), path).toBe(308);
    expect(other.headers().location).toBe(path);
  }
});

test("aliases and Hexo's tag paths reach their page in one hop, with or without the slash", async ({ request }) => {
  for (const [old, now] of HEXO_MOVES) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(308);
    expect(response.headers().location, old).toBe(now);
    expect((await request.get(now, { maxRedirects: 0 })).status(), now).toBe(200);
  }
});
