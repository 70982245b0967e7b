import { expect, test } from '@playwright/test';

import { violations, watchCsp } from './support/csp';

// Every kind of page works under the server's Content-Security-Policy (scripts by hash only):
// the theme script, Speculation Rules, the islands, the search index, KaTeX's and Pretendard's
// fonts, Shiki's colours, images. Any violation fails.
const pages = [
  '/',
  '/page/2',
  '/posts/rich-markdown',
  '/posts/gfm-showcase',
  '/posts/%EB%AA%A9%EC%B0%A8%EA%B0%80-%EC%9E%88%EB%8A%94-%EA%B8%B4-%EA%B8%80',
  '/tags',
  '/tags/react',
  '/categories',
  '/categories/%EA%B0%9C%EB%B0%9C',
  '/archives',
  '/archives/2024',
  '/no/such/page',
];

for (const path of pages) {
  test(`${decodeURI(path)} loads under the CSP with no violation`, async ({ page }) => {
    await watchCsp(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
    await page.waitForLoadState('networkidle');
    // The theme toggle is an island: it must run.
    const dark = await page.locator('html').evaluate((html) => html.classList.contains('dark'));
    await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
    await expect(page.locator('html')).toHaveClass(dark ? /light/ : /dark/);
    expect(await violations(page)).toEqual([]);
  });
}

test('search runs under the CSP: the index is fetched and results show', async ({ page }) => {
  await watchCsp(page);
  await page.goto('/search?q=%EC%84%9C%EC%9A%B8');
  await expect(page.getByRole('status')).toHaveText('검색 결과 1개');
  expect(await violations(page)).toEqual([]);
});
