import { expect, test } from '../support/site';

test('an unknown URL shows the helpful 404 page with a 404 status', async ({ page, at }) => {
  const response = await page.goto(at('/no/such/page'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await page.getByRole('main').getByRole('link', { name: '모든 태그' }).click();
  await expect(page).toHaveURL(at('/tags'));
});

// Paths the Node server answers 404 for are missing files here too.
for (const path of [
  '/posts/draft-post',
  '/tags/비밀태그',
  '/page/1',
  '/tags/react/page/9',
  '/categories/개발/page/2/feed.xml',
]) {
  test(`${path} is not a page`, async ({ request, at }) => {
    expect((await request.get(at(path))).status()).toBe(404);
  });
}
