import { expect, test, type Page } from '@playwright/test';

// Pretendard's stylesheet applies to wide screens only; a phone reads in its own Korean system
// font and never downloads the web font's subsets (app/layout.tsx).
const POST = '/posts/rich-markdown';

function pretendardRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/PretendardVariable[^/]*\.woff2/.test(request.url())) requests.push(request.url());
  });
  return requests;
}

/** The Pretendard faces the page knows, with their load status. */
const pretendardFaces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.includes('Pretendard')).map((face) => face.status);
  });

test('a phone-sized screen uses the system font and downloads no Pretendard subset', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const requests = pretendardRequests(page);
  await page.goto(POST, { waitUntil: 'load' });
  expect(await pretendardFaces(page)).toEqual([]);
  expect(requests).toEqual([]);
});

test('a wide screen sets the text in Pretendard, fetching only the subsets the page uses', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const requests = pretendardRequests(page);
  await page.goto(POST, { waitUntil: 'load' });
  const faces = await pretendardFaces(page);
  expect(faces).toContain('loaded');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Pretendard Variable"?,/);
  // The dynamic subset splits the font into 92 files; one page needs a handful.
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.length).toBeLessThan(40);
});
