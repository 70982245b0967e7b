import { expect, test, type Page } from '@playwright/test';

import { violations, watchCsp } from '../support/csp';
import { declineTracking, routeAnalytics, routeCommentsProvider } from '../support/providers';

// The Hexo blog ran NexT with utterances and Google Analytics 4 (e2e/fixtures/hexo-site/
// _config.next.yml): the import turned both on, utterances by pathname, so the threads its issues
// hold stay attached. The providers are routed (e2e/support/providers.ts).

const UTTERANCES = 'https://utteranc.es';
const GTAG = 'https://www.googletagmanager.com';
const comments = (page: Page) => page.getByRole('region', { name: '댓글' });

test("utterances finds the post's thread by its Hexo path, and follows the theme", async ({ page }) => {
  await watchCsp(page);
  await routeAnalytics(page, GTAG);
  const requests = await routeCommentsProvider(page, UTTERANCES, 'utterances-frame');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/2015/01/15/tic-tac-toe/');
  await comments(page).scrollIntoViewIfNeeded();
  await expect.poll(() => requests.length).toBe(1);
  const script = page.locator(`script[src="${UTTERANCES}/client.js"]`);
  await expect(script).toHaveAttribute('repo', 'hong-gildong/blog-comments');
  await expect(script).toHaveAttribute('issue-term', '2015/01/15/tic-tac-toe/');
  await expect(script).toHaveAttribute('theme', 'github-light');

  await expect(page.frameLocator('iframe.utterances-frame').locator('body')).toBeAttached();
  await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
  const widget = page.frames().find((f) => f.url() === `${UTTERANCES}/widget`)!;
  await expect
    .poll(() => widget.evaluate(() => (window as unknown as { received: unknown[] }).received))
    .toContainEqual({ type: 'set-theme', theme: 'github-dark' });
  expect(requests).toHaveLength(1);
  expect(await violations(page)).toEqual([]);
});

test('GA4 loads once after the page, with the measurement id', async ({ page }) => {
  await watchCsp(page);
  const requests = await routeAnalytics(page, GTAG);
  await page.goto('/');
  await expect.poll(() => requests).toEqual([`${GTAG}/gtag/js?id=G-HEXO12345`]);
  const commands = await page.evaluate(() =>
    (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((args) => [...args][0]),
  );
  expect(commands).toEqual(['js', 'config']);
  expect(await violations(page)).toEqual([]);
});

for (const signal of ['dnt', 'gpc'] as const) {
  test(`no analytics for a reader whose browser sends ${signal.toUpperCase()}`, async ({ page }) => {
    await declineTracking(page, signal);
    const requests = await routeAnalytics(page, GTAG);
    await page.goto('/');
    await page.waitForLoadState('load');
    // The island has run: it starts on `load`.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(requests).toEqual([]);
  });
}
