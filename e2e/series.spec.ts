import { expect, test, type Page } from '@playwright/test';

// e2e/fixtures/posts/series-0N.md are the four parts of 한글 검색 만들기; series-draft.md, a draft
// that names itself its second part, never counts.
const SERIES = '한글 검색 만들기';
const SERIES_URL = '/series/%ED%95%9C%EA%B8%80-%EA%B2%80%EC%83%89-%EB%A7%8C%EB%93%A4%EA%B8%B0';
const PARTS = ['연재 1편', '연재 2편', '연재 3편', '연재 4편'];

const seriesBox = (page: Page) => page.getByRole('region', { name: new RegExp(`^시리즈 \\d/4 ${SERIES}$`) });
const seriesNav = (page: Page) => page.getByRole('navigation', { name: '시리즈 이전·다음 편' });

test('a reader finds a series, reads it part by part and returns to its page', async ({ page }) => {
  // Six pages, each checked in full.
  test.slow();
  await page.goto('/');
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '시리즈' }).click();
  await expect(page).toHaveURL('/series');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('시리즈');
  await expect(page.getByRole('main').getByText('4편')).toBeVisible();
  await page.getByRole('link', { name: SERIES }).click();

  await expect(page).toHaveURL(SERIES_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`시리즈: ${SERIES}`);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(PARTS);
  await page.getByRole('link', { name: PARTS[0] }).click();

  for (const [i, title] of PARTS.entries()) {
    await expect(page).toHaveURL(`/posts/series-0${i + 1}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const box = seriesBox(page);
    await expect(box.getByRole('heading', { level: 2 })).toHaveText(`시리즈 ${i + 1}/4 ${SERIES}`);
    // Every part listed in reading order, the one being read marked and not a link.
    await expect(box.getByRole('listitem')).toHaveText(
      PARTS.map((part, j) => (j === i ? `${part} · 지금 읽는 글` : part)),
    );
    await expect(box.getByRole('link', { name: title, exact: true })).toHaveCount(0);
    await expect(box.locator('[aria-current="page"]').filter({ visible: true })).toHaveText(`${title} · 지금 읽는 글`);
    // The series' own previous and next part come before the post's previous and next.
    const postNav = page.getByRole('navigation', { name: '다른 글' });
    expect((await box.boundingBox())!.y).toBeLessThan((await postNav.boundingBox())!.y);
    await expect(seriesNav(page).getByRole('link', { name: /이전 편/ })).toHaveCount(i === 0 ? 0 : 1);
    if (i < PARTS.length - 1)
      await seriesNav(page)
        .getByRole('link', { name: /다음 편/ })
        .click();
  }
  await expect(seriesNav(page).getByRole('link', { name: /다음 편/ })).toHaveCount(0);

  await seriesBox(page).getByRole('link', { name: SERIES }).click();
  await expect(page).toHaveURL(SERIES_URL);
  await expect(page.getByText('연재 번외편 초안')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the series' parts are folded until the reader opens them", async ({ page }) => {
    await page.goto('/posts/series-02');
    const box = seriesBox(page);
    // Exact: the link to the next part is named "다음 편 → 연재 3편".
    const listed = box.getByRole('listitem').getByRole('link', { name: '연재 3편', exact: true });
    await expect(listed).toBeHidden();
    await box.getByText('시리즈 목차').click();
    await expect(listed).toBeVisible();
  });
});

test('listings and search results name the series of a part', async ({ page }) => {
  await page.goto('/tags/%EC%97%B0%EC%9E%AC');
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: '연재 2편' }) });
  await expect(card.getByRole('link', { name: `시리즈 · ${SERIES}` })).toHaveAttribute('href', SERIES_URL);

  await page.goto('/search?q=%EA%B2%80%EC%83%89');
  const result = page.locator('[data-results-for="검색"]').getByRole('article').first();
  await expect(result.getByRole('link', { name: `시리즈 · ${SERIES}` })).toBeVisible();
});

test("a series has its own feed, and the sitemap lists the series' pages", async ({ page, request }) => {
  await page.goto(SERIES_URL);
  const href = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').last().getAttribute('href');
  expect(href).toMatch(new RegExp(`${SERIES_URL}/feed.xml$`));
  const feed = await (await request.get(new URL(href!).pathname)).text();
  for (const title of PARTS) expect(feed).toContain(title);
  expect(feed).not.toContain('번외편');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/series</loc>`);
  expect(sitemap).toContain(`${SERIES_URL}</loc>`);
});
