import { expect, test } from '@playwright/test';

test('home lists the newest posts and opens one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '최근 글' })).toBeVisible();

  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(10);
  // Newest first: the September post, then August.
  await expect(titles.nth(0)).toHaveText('폴더 안의 글');
  await expect(titles.nth(1)).toHaveText('한국 시리즈 라이벌전');
  // The `excerpt` field and the `<!-- more -->` marker decide what a card says.
  await expect(page.getByText('앞머리에 적은 요약이 목록에 나옵니다.')).toBeVisible();
  await expect(page.getByText('이 문단은 요약에 나오지 않습니다.')).toHaveCount(0);

  await page.getByRole('link', { name: '한국 시리즈 라이벌전' }).click();
  await expect(page).toHaveURL('/posts/baseball');
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('한국 시리즈 라이벌전');
  await expect(article.getByText('2024년 8월 15일')).toBeVisible();
  // Two category paths from `[[스포츠, 야구], 라이벌]`.
  await expect(article.getByRole('link', { name: '야구' })).toHaveAttribute(
    'href',
    '/categories/%EC%8A%A4%ED%8F%AC%EC%B8%A0/%EC%95%BC%EA%B5%AC',
  );
  await expect(article.getByRole('link', { name: '라이벌' })).toBeVisible();
});

test('home is paginated with rel links', async ({ page }) => {
  await page.goto('/');
  const next = page.getByRole('navigation', { name: '페이지 이동' }).getByRole('link', { name: /다음 페이지/ });
  await expect(next).toHaveAttribute('rel', 'next');
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/page/2');
  await next.click();
  await expect(page).toHaveURL('/page/2');
  await expect(page.getByText('2페이지 중 2페이지')).toBeVisible();
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', '/');
  // The oldest post, dated by its file name (2023-12-25-christmas.md has no `date`), is here.
  await expect(page.getByRole('heading', { level: 2, name: '크리스마스 이야기' })).toBeVisible();
});
