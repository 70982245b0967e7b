import { expect, test, type Page } from '@playwright/test';

const params = (page: Page) => new URL(page.url()).searchParams;
const resultCount = async (page: Page) => Number((await page.getByRole('status').textContent())!.replace(/\D/g, ''));

test('a tag or category facet narrows the results, and the filter survives a reload', async ({ page }) => {
  await page.goto('/search?q=%EB%B8%94%EB%A1%9C%EA%B7%B8');
  const status = page.getByRole('status');
  const titles = page.locator('[data-results-for="블로그"]').getByRole('heading', { level: 2 });
  const tags = page.getByRole('group', { name: '태그로 좁히기' });
  const categories = page.getByRole('group', { name: '카테고리로 좁히기' });
  await expect(page.locator('[data-results-for="블로그"]')).toBeVisible();
  await expect(status).toHaveText(/^검색 결과 \d+개$/);
  await expect(tags.getByRole('radio', { name: '전체' })).toBeChecked();
  const unfiltered = await resultCount(page);
  expect(unfiltered).toBeGreaterThan(4);

  await tags.getByRole('radio', { name: /^연재/ }).check();
  await expect(status).toHaveText('검색 결과 4개');
  await expect(titles).toHaveText(['연재 4편', '연재 3편', '연재 2편', '연재 1편']);
  expect(params(page).get('tag')).toBe('연재');
  expect(params(page).get('q')).toBe('블로그');
  // Category counts follow the chosen tag.
  await expect(categories.getByRole('radio')).toHaveCount(3);

  await page.reload();
  await expect(tags.getByRole('radio', { name: /^연재/ })).toBeChecked();
  await expect(status).toHaveText('검색 결과 4개');
  await expect(titles).toHaveCount(4);

  await tags.getByRole('radio', { name: '전체' }).check();
  await expect(status).toHaveText(`검색 결과 ${unfiltered}개`);
  expect(params(page).has('tag')).toBe(false);

  await categories.getByRole('radio', { name: /^개발 › 모바일/ }).check();
  await expect(titles).toHaveText(['더보기 표시가 있는 글']);
  expect(params(page).get('category')).toBe('개발/모바일');

  await page.reload();
  await expect(categories.getByRole('radio', { name: /^개발 › 모바일/ })).toBeChecked();
  await expect(status).toHaveText('검색 결과 1개');
  await expect(titles).toHaveText(['더보기 표시가 있는 글']);
});
