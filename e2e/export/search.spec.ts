import { expect, test } from '../support/site';

test('a Korean query finds a post through the static search index', async ({ page, at }) => {
  await page.goto(at('/search'));
  await expect(page.getByRole('status')).toHaveText('최근 글');
  await page.getByRole('searchbox', { name: '검색어' }).fill('서울');
  await expect(page.getByRole('status')).toHaveText('검색 결과 1개');
  const results = page.locator('[data-results-for="서울"]');
  await results.getByRole('link', { name: '한글 제목: 서울의 봄' }).click();
  await expect(page).toHaveURL(at('/posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85'));
});

test('a query in the URL shows its results on arrival', async ({ page, at }) => {
  await page.goto(at('/search?q=%EC%84%9C%EC%9A%B8'));
  await expect(page.getByRole('status')).toHaveText('검색 결과 1개');
});
