import { expect, test, type Page } from '@playwright/test';

const SEOUL_POST = '/posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85';

/** The results once they answer `query` (the view keeps old results on screen while it searches). */
const resultsFor = (page: Page, query: string) => page.locator(`[data-results-for="${query}"]`);
const queryInUrl = (page: Page) => new URL(page.url()).searchParams.get('q');

test('a Korean query finds a post, stays in the URL through a reload, and Back returns to it', async ({ page }) => {
  await page.goto('/search');
  const input = page.getByRole('searchbox', { name: '검색어' });

  // An empty query lists the newest posts.
  await expect(page.getByRole('status')).toHaveText('최근 글');
  await expect(resultsFor(page, '').getByRole('heading', { level: 2 }).first()).toHaveText('폴더 안의 글');

  await input.fill('서울');
  const results = resultsFor(page, '서울');
  await expect(page.getByRole('status')).toHaveText('검색 결과 1개');
  await expect(results.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();
  // The matched word is marked in the title.
  await expect(results.getByRole('heading', { level: 2 }).locator('mark')).toHaveText('서울');
  expect(queryInUrl(page)).toBe('서울');

  await page.reload();
  await expect(input).toHaveValue('서울');
  await expect(results.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();

  await results.getByRole('link', { name: '한글 제목: 서울의 봄' }).click();
  await expect(page).toHaveURL(SEOUL_POST);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한글 제목: 서울의 봄');

  await page.goBack();
  expect(queryInUrl(page)).toBe('서울');
  await expect(input).toHaveValue('서울');
  await expect(results.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();
});

test('initial consonants (초성) find the words that start with them', async ({ page }) => {
  await page.goto('/search?q=%E3%85%85%E3%85%87');
  const input = page.getByRole('searchbox', { name: '검색어' });
  await expect(input).toHaveValue('ㅅㅇ');
  const results = resultsFor(page, 'ㅅㅇ');
  // A title match ranks first; the word the consonants start is marked.
  const titles = results.getByRole('heading', { level: 2 });
  await expect(titles.first()).toHaveText('한글 제목: 서울의 봄');
  await expect(titles.first().locator('mark')).toHaveText('서울');

  // Typed, not loaded: the URL follows the input.
  await input.fill('');
  await expect(page.getByRole('status')).toHaveText('최근 글');
  expect(queryInUrl(page)).toBeNull();
  await input.pressSequentially('ㅅㅇ');
  await expect(results.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();
  expect(queryInUrl(page)).toBe('ㅅㅇ');

  await results.getByRole('link', { name: '한글 제목: 서울의 봄' }).click();
  await expect(page).toHaveURL(SEOUL_POST);
  await page.goBack();
  await expect(input).toHaveValue('ㅅㅇ');
  await expect(results.getByRole('link', { name: '한글 제목: 서울의 봄' })).toBeVisible();
});

test('results come ten at a time; the button shows the next ones until all are on screen', async ({ page }) => {
  await page.goto('/search');
  const results = resultsFor(page, '');
  const titles = results.getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(10);
  const more = page.getByRole('button', { name: '결과 더 보기' });
  await more.click();
  // The fixture folder has 20 published posts (and a draft, never listed).
  await expect(titles).toHaveCount(20);
  await expect(more).toHaveCount(0);
  // A new query starts again from ten.
  await page.getByRole('searchbox', { name: '검색어' }).fill('ㄱ');
  await expect(resultsFor(page, 'ㄱ').getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await resultsFor(page, 'ㄱ').getByRole('heading', { level: 2 }).count()).toBeLessThanOrEqual(10);
});
