import { expect, test } from '../support/site';

test('the archive leads to a year, a month and a post', async ({ page, at, basePath }) => {
  await page.goto(at('/archives'));
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('아카이브');
  // The sub-path build has `future: true`: the post dated 2099 too (scheduled-posts.spec.ts).
  await expect(page.getByRole('region', { name: /^\d{4}년/ }).getByRole('listitem')).toHaveCount(basePath ? 21 : 20);

  await page
    .getByRole('region', { name: /^2024년/ })
    .getByRole('link', { name: '2024년', exact: true })
    .click();
  await expect(page).toHaveURL(at('/archives/2024'));
  await expect(title).toHaveText('2024년의 글');

  await page.getByRole('heading', { level: 2, name: /^5월/ }).getByRole('link', { name: '5월' }).click();
  await expect(page).toHaveURL(at('/archives/2024/05'));
  await expect(title).toHaveText('2024년 5월의 글');
  const list = page.getByRole('main').getByRole('list').last();
  await expect(list.getByRole('link')).toHaveText(['자모로 저장된 파일', '한글 제목: 서울의 봄']);

  await list.getByRole('link', { name: '한글 제목: 서울의 봄' }).click();
  await expect(page).toHaveURL(at('/posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85'));
  await expect(title).toHaveText('한글 제목: 서울의 봄');
});
