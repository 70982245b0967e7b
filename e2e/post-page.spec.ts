import { expect, test, type Page } from '@playwright/test';

// e2e/fixtures/posts/목차가-있는-긴-글.md: three h2 and three h3 headings, 878 Hangul characters.
const LONG_POST = `/posts/${encodeURIComponent('목차가-있는-긴-글')}`;
const HEADINGS = ['들어가며', '긴 글이 필요한 때', '준비물 & 도구', '日本語の見出し', '목차를 만드는 법', '마치며'];

const fragment = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('on a wide screen the table of contents is a sticky column whose links jump to the headings', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(LONG_POST);
  const toc = page.getByRole('navigation', { name: '목차' });
  await expect(toc.getByRole('link')).toHaveText(HEADINGS);
  // Beside the article, not above it, and the page still fits the screen.
  const tocBox = (await toc.boundingBox())!;
  const textBox = (await page.getByRole('article').boundingBox())!;
  expect(tocBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
  expect(await overflowsSideways(page)).toBe(false);

  await toc.getByRole('link', { name: '목차를 만드는 법' }).click();
  await expect.poll(() => fragment(page)).toBe('#목차를-만드는-법');
  await expect(page.getByRole('heading', { level: 3, name: '목차를 만드는 법' })).toBeInViewport();
  // Scrolled down the post, the table of contents is still in view.
  await expect(toc).toBeInViewport();

  await toc.getByRole('link', { name: '日本語の見出し' }).click();
  await expect.poll(() => fragment(page)).toBe('#日本語の見出し');
  await expect(page.getByRole('heading', { level: 2, name: '日本語の見出し' })).toBeInViewport();
});

test('on a phone the table of contents is a closed <details> above the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LONG_POST);
  const summary = page.locator('summary', { hasText: '목차' });
  const toc = page.getByRole('navigation', { name: '목차' });
  await expect(summary).toBeVisible();
  await expect(page.locator('details').filter({ has: summary })).not.toHaveAttribute('open');
  await expect(toc).toBeHidden();
  expect(await overflowsSideways(page)).toBe(false);

  await summary.click();
  await expect(toc.getByRole('link')).toHaveText(HEADINGS);
  await toc.getByRole('link', { name: '마치며' }).click();
  await expect.poll(() => fragment(page)).toBe('#마치며');
  await expect(page.getByRole('heading', { level: 2, name: '마치며' })).toBeInViewport();
});

test('related posts share the most tags and categories, newest first among equals', async ({ page }) => {
  await page.goto(LONG_POST);
  const related = page.getByRole('region', { name: '관련 글' });
  // It shares only the tag Markdown with the GFM post.
  await expect(related.getByRole('link')).toHaveText(['GFM 문법 모음']);

  // Same tags and categories: the other parts of the series, newest first.
  await page.goto('/posts/series-02');
  await expect(related.getByRole('link')).toHaveText(['연재 4편', '연재 3편', '연재 1편']);
  await related.getByRole('link', { name: '연재 3편' }).click();
  await expect(page).toHaveURL('/posts/series-03');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('연재 3편');
});

test('reading time shows in the post header and on listing cards', async ({ page }) => {
  await page.goto(LONG_POST);
  // 878 characters at 500 a minute, rounded up.
  await expect(page.getByRole('article').locator('header').getByText('2분', { exact: true })).toBeVisible();

  // A short post: never under a minute, and one heading is no table of contents.
  await page.goto('/posts/hello-world');
  await expect(page.getByRole('article').locator('header').getByText('1분', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '목차' })).toHaveCount(0);

  await page.goto('/');
  const firstCard = page.getByRole('main').getByRole('article').first();
  await expect(firstCard.getByText(/^\d+분$/)).toBeVisible();
});
