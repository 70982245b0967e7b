import { expect, test } from '@playwright/test';

// /search fetches the index's table of contents with the page (a preload, app/search/page.tsx) and
// the palette on the same page shares the page's engine: no index file is downloaded twice, which
// a preload the fetch cannot use (another credentials mode) or a second engine would cause.
test('a search page and its palette fetch each index file once', async ({ page }) => {
  const indexFiles: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/search-index/')) indexFiles.push(path);
  });

  await page.goto('/search?q=%EC%84%9C%EC%9A%B8');
  await expect(page.getByRole('status')).toHaveText('검색 결과 1개');
  expect(indexFiles).toContain('/search-index/meta.json');

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: '검색' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox', { name: '검색어' }).fill('서울');
  await expect(palette.getByRole('listbox').getByRole('option')).toHaveCount(1);

  expect(indexFiles.length, indexFiles.join(', ')).toBe(new Set(indexFiles).size);
});
