import { expect, test } from '@playwright/test';

test('an unknown URL shows a helpful 404', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await page.getByRole('main').getByRole('link', { name: '모든 태그' }).click();
  await expect(page).toHaveURL('/tags');
});

for (const path of [
  '/posts/draft-post',
  '/tags/비밀태그',
  '/categories/비공개',
  '/page/1',
  '/page/99',
  '/page/abc',
  '/tags/react/page/9',
  '/categories/개발/page/0',
]) {
  test(`${path} is not a page`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
  });
}

for (const path of ['/tags/%ZZ', '/posts/%E0%A4%A', '/categories/%']) {
  test(`malformed ${path} answers 400, not 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
  });
}
