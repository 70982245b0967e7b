import { expect, test } from '@playwright/test';

test('the category tree leads to a subcategory and back up its breadcrumb', async ({ page }) => {
  await page.goto('/categories');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('모든 카테고리');
  // 개발 counts its own posts and those of 웹, 모바일 and 웹 › 프런트엔드.
  const dev = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '개발', exact: true }) })
    .first();
  await expect(dev).toContainText('글 11개');
  await dev.getByRole('link', { name: '웹', exact: true }).click();

  await expect(page).toHaveURL('/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카테고리: 웹');
  const crumbs = page.getByRole('navigation', { name: '위치' });
  await expect(crumbs.getByText('웹')).toHaveAttribute('aria-current', 'page');
  // Posts of the subcategory 웹 › 프런트엔드 are listed under 웹 too.
  await expect(page.getByRole('link', { name: 'GFM 문법 모음' })).toBeVisible();

  await crumbs.getByRole('link', { name: '개발' }).click();
  await expect(page).toHaveURL('/categories/%EA%B0%9C%EB%B0%9C');
  await expect(page.getByRole('link', { name: /다음 페이지/ })).toHaveAttribute(
    'href',
    '/categories/%EA%B0%9C%EB%B0%9C/page/2',
  );
});
