import { expect, test, type Page } from '@playwright/test';

// e2e/fixtures/posts/rich-markdown.md has two images to open, and one the writer linked elsewhere.
const POST = '/posts/rich-markdown';
const zoomIsland = (page: Page) => page.locator('script[src*="/islands/image-zoom-"]');
const dialog = (page: Page) => page.getByRole('dialog', { name: '이미지 크게 보기' });

test('a click opens an image large with its alt text; a click outside, the image or Back closes it', async ({
  page,
}) => {
  await page.goto(POST);
  await expect(zoomIsland(page)).toHaveCount(1);
  const link = page.getByRole('link', { name: '빨간 사각형' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\.png$/);

  await link.click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('figcaption')).toHaveText('빨간 사각형');
  const large = dialog(page).getByRole('img', { name: '빨간 사각형' });
  await expect(large).toHaveAttribute('src', new URL(href!, page.url()).href);
  await expect
    .poll(() => large.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page).toHaveURL(POST);

  // Outside the image: the backdrop, in a corner of the window.
  await page.mouse.click(3, 3);
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  await link.click();
  await large.click();
  await expect(dialog(page)).toBeHidden();

  const other = page.getByRole('link', { name: '파란 점' });
  await other.click();
  await expect(dialog(page).locator('figcaption')).toHaveText('파란 점');
  await page.goBack();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(POST);
  await expect(other).toBeFocused();
  // Back closed the dialog, not the post: the entry the dialog added is gone, not doubled.
  await page.goBack();
  await expect(page).not.toHaveURL(POST);
});

test('Enter on an image opens it, Esc or the close button closes it, focus returns to the image', async ({ page }) => {
  await page.goto(POST);
  const link = page.getByRole('link', { name: '빨간 사각형' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  const close = dialog(page).getByRole('button', { name: '닫기' });
  await expect(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // Closed and opened again in one moment, before the close's own Back has landed: it stays open.
  await page.evaluate(() => {
    document.querySelector('dialog')!.close();
    document.querySelector<HTMLElement>('a[data-zoom]')!.click();
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: '닫기' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();
  await expect(page).toHaveURL(POST);
  // One entry for the post, none left by the dialog: Back leaves the post.
  await page.goBack();
  await expect(page).not.toHaveURL(POST);
});

test('an image the writer linked elsewhere keeps its link, and a post without images loads no zoom', async ({
  page,
}) => {
  await page.goto(POST);
  await expect(page.getByRole('link', { name: '예제 사이트' })).toHaveAttribute('href', 'https://example.com');
  await expect(page.locator('a[data-zoom]')).toHaveCount(2);
  await page.goto('/posts/baseball');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(zoomIsland(page)).toHaveCount(0);
  await expect(page.getByRole('dialog', { includeHidden: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an image links to its file', async ({ page }) => {
    await page.goto(POST);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('.png') && r.request().isNavigationRequest()),
      page.getByRole('link', { name: '빨간 사각형' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });
});
