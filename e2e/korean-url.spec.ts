import { expect, test } from '@playwright/test';

test('a Korean tag URL typed by hand opens the tag page', async ({ page }) => {
  const response = await page.goto('/tags/소식');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그: 소식');
  // `tags: 소식` as a single string, and a post whose file name was saved as NFD.
  await expect(page.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();
  await page.getByRole('link', { name: '자모로 저장된 파일' }).click();
  await expect(page).toHaveURL('/posts/%EC%9E%90%EB%AA%A8-%ED%8C%8C%EC%9D%BC');
});

test('a decomposed (NFD) Hangul URL redirects to the NFC page', async ({ page }) => {
  const nfd = encodeURIComponent('소식'.normalize('NFD'));
  const response = await page.goto(`/tags/${nfd}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL('/tags/%EC%86%8C%EC%8B%9D');
});

test('Japanese paths and categories work the same way', async ({ page }) => {
  await page.goto('/posts/日本語の記事');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('東京の旅行記');
  await page.getByRole('article').getByRole('link', { name: '日本', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카테고리: 日本');
});
