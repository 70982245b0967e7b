import { expect, test } from '@playwright/test';

test('the archive leads to a year, a month and a post', async ({ page }) => {
  await page.goto('/archives');
  await expect(
    page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '아카이브' }),
  ).toHaveAttribute('href', '/archives');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('아카이브');

  // Years newest first, each with its count, months newest first.
  const years = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(years.first()).toHaveText('2024년 글 11개');
  const y2024 = page.getByRole('region', { name: /^2024년/ });
  await expect(y2024.getByRole('heading', { level: 3 }).first()).toHaveText('9월 글 1개');
  await expect(y2024.getByRole('heading', { level: 3, name: /^5월/ })).toHaveText('5월 글 2개');
  await expect(y2024.getByRole('link', { name: '폴더 안의 글' })).toBeVisible();

  await y2024.getByRole('link', { name: '2024년', exact: true }).click();
  await expect(page).toHaveURL('/archives/2024');
  await expect(title).toHaveText('2024년의 글');
  const may = page.getByRole('heading', { level: 2, name: /^5월/ });
  await expect(may).toHaveText('5월 글 2개');
  await may.getByRole('link', { name: '5월' }).click();

  await expect(page).toHaveURL('/archives/2024/05');
  await expect(title).toHaveText('2024년 5월의 글');
  const crumbs = page.getByRole('navigation', { name: '위치' });
  await expect(crumbs.getByText('5월')).toHaveAttribute('aria-current', 'page');
  const list = page.getByRole('main').getByRole('list').last();
  await expect(list.getByRole('link')).toHaveText(['자모로 저장된 파일', '한글 제목: 서울의 봄']);
  await expect(list.getByRole('listitem').last()).toContainText('2024년 5월 5일');

  await list.getByRole('link', { name: '한글 제목: 서울의 봄' }).click();
  await expect(page).toHaveURL('/posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85');
  await expect(title).toHaveText('한글 제목: 서울의 봄');

  await page.goBack();
  await crumbs.getByRole('link', { name: '아카이브' }).click();
  await expect(page).toHaveURL('/archives');
});

test('a post at 00:30 on 1 January in Seoul is archived in January, not in the December of UTC', async ({ page }) => {
  await page.goto('/archives');
  const post = page.getByRole('link', { name: '목차가 있는 긴 글' });
  await expect(
    page.getByRole('region', { name: /^2022년/ }).getByRole('link', { name: '목차가 있는 긴 글' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^2021년/ }).getByRole('link', { name: '목차가 있는 긴 글' }),
  ).toHaveCount(0);

  await page.goto('/archives/2022/01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2022년 1월의 글');
  await expect(page.getByRole('listitem').filter({ has: post })).toContainText('2022년 1월 1일');
  await post.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('목차가 있는 긴 글');
});

// Only years and months with posts are pages, and a month has one spelling: zero-padded.
for (const path of [
  '/archives/2024/5',
  '/archives/2024/13',
  '/archives/2024/00',
  '/archives/02024',
  '/archives/1999',
  '/archives/2024/05/x',
]) {
  test(`${path} is not a page`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404);
  });
}

test('the 404 page links to the archive', async ({ page }) => {
  await page.goto('/no/such/page');
  await page.getByRole('main').getByRole('link', { name: '아카이브' }).click();
  await expect(page).toHaveURL('/archives');
});
