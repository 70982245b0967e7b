import { expect, test } from '@playwright/test';

const LONG = '서울 <img src=x onerror=alert(1)> (.*'.repeat(400).slice(0, 10_000);
const QUERIES = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '(.*+?[', LONG];

test('queries that look like markup or patterns are shown as text and run nothing', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/search');
  const input = page.getByRole('searchbox', { name: '검색어' });
  const results = page.locator('[data-results-for]');
  // What the view renders (the page's own island script sits beside it, not in it).
  const injected = page.locator('#search-view').locator('img, script');
  for (const query of QUERIES) {
    await input.fill(query);
    await expect(results).toHaveAttribute('data-results-for', query);
    await expect(input).toHaveValue(query);
    await expect(page.getByRole('status')).toHaveText(/^검색 결과 \d+개$/);
    await expect(injected).toHaveCount(0);
  }

  // The URL keeps what search reads (the first 100 characters), so a reload still works.
  await page.reload();
  await expect(input).toHaveValue(LONG.slice(0, 100));

  // Loaded from the URL, the same strings are text too.
  for (const query of QUERIES.slice(0, 3)) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(input).toHaveValue(query);
    await expect(results).toHaveAttribute('data-results-for', query);
  }

  await expect(injected).toHaveCount(0);
  expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert(1)')))).toBe(
    false,
  );
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
