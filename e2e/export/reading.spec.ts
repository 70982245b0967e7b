import { expect, test } from '../support/site';

// Journeys of e2e/ against the static export (scripts/e2e-static-server.ts): the same pages,
// served by GitHub Pages' rules from plain files.

test('home lists the newest posts and opens one with its Hangul category links', async ({ page, at }) => {
  await page.goto(at('/'));
  await expect(page.getByRole('heading', { level: 1, name: '최근 글' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(10);

  await page.getByRole('link', { name: '한국 시리즈 라이벌전' }).click();
  await expect(page).toHaveURL(at('/posts/baseball'));
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('한국 시리즈 라이벌전');
  await article.getByRole('link', { name: '야구' }).click();
  await expect(page).toHaveURL(at('/categories/%EC%8A%A4%ED%8F%AC%EC%B8%A0/%EC%95%BC%EA%B5%AC'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카테고리: 야구');
});

test('page 2 of the home listing and a post whose folder holds its images', async ({ page, at, basePath }) => {
  await page.goto(at('/page/2'));
  // The sub-path build has one post more, dated 2099 (`future: true`, scheduled-posts.spec.ts).
  await expect(page.getByText(basePath ? '3페이지 중 2페이지' : '2페이지 중 2페이지')).toBeVisible();

  // `/posts/rich-markdown` is rich-markdown.html beside the folder rich-markdown/ of its assets.
  await page.goto(at('/posts/rich-markdown'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/./);
  const images = page.getByRole('article').locator(`img[src^="${at('/posts/rich-markdown/')}"]`);
  expect(await images.count()).toBeGreaterThan(0);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
});
