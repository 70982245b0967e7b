import { expect, test } from '@playwright/test';

test('the archive leads to a year, a month and a post', async ({ page }) => {
  await page.goto('/archives');
  await expect(
    page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '아카이브' }),
  ).toHaveAttribute('href', '/archives');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('아카이브');

  // The overview: one line a year, each year and month with its count and a link to its page.
  const overview = page.getByRole('navigation', { name: '연도별 아카이브' });
  const yearLine = (year: string) =>
    overview.getByRole('listitem').filter({ has: page.getByRole('link', { name: year, exact: true }) });
  await expect(yearLine('2024년')).toHaveText(/^2024년 \(11\)/);
  await expect(yearLine('2024년').getByRole('listitem')).toHaveText([
    '9월 (1)',
    '8월 (1)',
    '6월 (1)',
    '5월 (2)',
    '4월 (1)',
    '3월 (2)',
    '2월 (1)',
    '1월 (2)',
  ]);
  await expect(yearLine('2023년')).toHaveText(/^2023년 \(6\)/);
  await expect(yearLine('2023년').getByRole('listitem')).toHaveText([
    '12월 (1)',
    '11월 (1)',
    '4월 (1)',
    '3월 (1)',
    '2월 (1)',
    '1월 (1)',
  ]);
  await expect(yearLine('2022년')).toHaveText(/^2022년 \(3\)/);
  await expect(yearLine('2022년').getByRole('listitem')).toHaveText(['3월 (2)', '1월 (1)']);
  await expect(yearLine('2024년').getByRole('link', { name: '2024년' })).toHaveAttribute('href', '/archives/2024');
  await expect(yearLine('2024년').getByRole('link', { name: '5월' })).toHaveAttribute('href', '/archives/2024/05');
  await expect(overview.getByRole('link')).toHaveCount(3 + 16);

  // All 20 posts fit on the first page (100 a page): no links to other pages.
  await expect(page.getByRole('region', { name: /^\d{4}년/ }).getByRole('listitem')).toHaveCount(20);
  await expect(page.getByRole('navigation', { name: '페이지 이동' })).toHaveCount(0);

  // Years newest first, each with its count, months newest first.
  const years = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(years.first()).toHaveText('2024년 글 11개');
  const y2024 = page.getByRole('region', { name: /^2024년/ });
  await expect(y2024.getByRole('heading', { level: 3 }).first()).toHaveText('9월 글 1개');
  await expect(y2024.getByRole('heading', { level: 3, name: /^5월/ })).toHaveText('5월 글 2개');
  await expect(y2024.getByRole('link', { name: '폴더 안의 글' })).toBeVisible();

  await y2024.getByRole('link', { name: '2024년', exact: true }).click();
  await expect(page).toHaveURL('/archives/2024');
  await expect(page).toHaveTitle('2024년의 글 · 한글 블로그');
  await expect(title).toHaveText('2024년의 글');
  // A year's page opens with its own line of the overview.
  await expect(overview.getByRole('link')).toHaveText([
    '2024년',
    '9월',
    '8월',
    '6월',
    '5월',
    '4월',
    '3월',
    '2월',
    '1월',
  ]);
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

// Only years and months with posts are pages, and a month has one spelling: zero-padded. Page 1
// of a listing lives at the listing itself, and the fixture posts fill no second page.
for (const path of [
  '/archives/2024/5',
  '/archives/2024/13',
  '/archives/2024/00',
  '/archives/02024',
  '/archives/1999',
  '/archives/2024/05/x',
  '/archives/page',
  '/archives/page/1',
  '/archives/page/2',
  '/archives/page/0',
  '/archives/page/02',
  '/archives/page/abc',
  '/archives/2024/page/1',
  '/archives/2024/page/2',
  '/archives/2024/05/page/1',
  '/archives/2024/05/page/2',
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
