import { expect, test } from '../support/site';

test('a Korean tag URL typed by hand opens the tag page, and its posts', async ({ page, at }) => {
  const response = await page.goto(at('/tags/소식'));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그: 소식');
  await expect(page.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();
  await page.getByRole('link', { name: '자모로 저장된 파일' }).click();
  await expect(page).toHaveURL(at('/posts/%EC%9E%90%EB%AA%A8-%ED%8C%8C%EC%9D%BC'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('자모로 저장된 파일');
});

test('the category tree leads to a Hangul subcategory and a second page', async ({ page, at }) => {
  await page.goto(at('/categories'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('모든 카테고리');
  const dev = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '개발', exact: true }) })
    .first();
  await dev.getByRole('link', { name: '웹', exact: true }).click();
  await expect(page).toHaveURL(at('/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카테고리: 웹');

  await page.getByRole('navigation', { name: '위치' }).getByRole('link', { name: '개발' }).click();
  await expect(page).toHaveURL(at('/categories/%EA%B0%9C%EB%B0%9C'));
  await page.getByRole('link', { name: /다음 페이지/ }).click();
  await expect(page).toHaveURL(at('/categories/%EA%B0%9C%EB%B0%9C/page/2'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카테고리: 개발');
});

test('Japanese and Chinese paths work the same way', async ({ page, at }) => {
  await page.goto(at('/posts/日本語の記事'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('東京の旅行記');
  await page.getByRole('article').getByRole('link', { name: '日本', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카테고리: 日本');

  const response = await page.goto(at('/tags/旅行'));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그: 旅行');
});
