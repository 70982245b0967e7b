import { expect, test } from '@playwright/test';

// The other posts of e2e/fixtures/hexo-site: front matter and file names as Hexo reads them.

test('front matter after a blank line or without its opening line is read, not shown', async ({ page }) => {
  await page.goto('/posts/blank-line');
  await expect(page.getByRole('heading', { level: 1, name: '빈 줄로 시작하는 글' })).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('title:');

  await page.goto('/posts/no-opening');
  await expect(page.getByRole('heading', { level: 1, name: '여는 줄 없는 머리말' })).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('categories:');
  await expect(page.getByRole('article').getByRole('link', { name: '머리말' }).first()).toBeVisible();
});

test("a date-prefixed file name is the post's slug and date, as with Hexo's new_post_name", async ({ page }) => {
  const response = await page.goto('/posts/tic-tac-toe');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('article').locator('time').first()).toHaveText('2015년 1월 15일');
  expect((await page.request.get('/posts/2015-01-15-tic-tac-toe')).status()).toBe(404);
});

test('images with backslashes, plain or percent-encoded, and from source/images show', async ({ page }) => {
  await page.goto('/posts/backslash-image');
  for (const name of ['작은 점', '블로그 로고']) {
    const image = page.getByRole('article').getByRole('img', { name });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
});

test('a gist written as a script becomes a link, and no third-party script reaches the page', async ({ page }) => {
  await page.goto('/posts/root-image');
  const article = page.getByRole('article');
  await expect(article.getByRole('link', { name: /Gist 996818/ })).toBeVisible();
  expect(await page.locator('script[src*="gist.github.com"]').count()).toBe(0);
});

test('a sticky post leads the home page with its cover; a post in English says so', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('article').first();
  await expect(first.getByRole('heading', { name: '봄 소식' })).toBeVisible();
  expect(await page.locator('meta[property="og:image"]').count()).toBeGreaterThan(0);

  await page.goto('/posts/spring');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://blog.example.com/images/logo.png',
  );

  await page.goto('/posts/hello-english');
  await expect(page.locator('article[lang="en"]')).toBeVisible();
});

test('the static files of source/ are served, and the site keeps its own robots.txt', async ({ request }) => {
  expect(await (await request.get('/CNAME')).text()).toContain('blog.example.com');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});
