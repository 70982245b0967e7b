import { declineTracking, routeAnalytics } from '../support/providers';
import { expect, test } from '../support/site';

// The sub-path builds turn Umami on (e2e/fixtures/subpath.config.yml); the export at the root has
// no analytics. The script's host is routed (e2e/support/providers.ts).

const UMAMI = 'https://umami.example.com';
const WEBSITE_ID = '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c';

const settle = (page: import('@playwright/test').Page) =>
  page.waitForLoadState('load').then(() => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200))));

test('Umami loads once after the page, with the website id', async ({ page, at, basePath }) => {
  const requests = await routeAnalytics(page, UMAMI);
  await page.goto(at('/posts/baseball'));
  if (basePath === '') {
    await settle(page);
    expect(requests).toEqual([]);
    return;
  }
  await expect.poll(() => requests).toEqual([`${UMAMI}/script.js`]);
  const script = page.locator(`script[src="${UMAMI}/script.js"]`);
  await expect(script).toHaveAttribute('data-website-id', WEBSITE_ID);
  await settle(page);
  expect(requests).toHaveLength(1);
});

for (const signal of ['dnt', 'gpc'] as const) {
  test(`no analytics for a reader whose browser sends ${signal.toUpperCase()}`, async ({ page, at }) => {
    await declineTracking(page, signal);
    const requests = await routeAnalytics(page, UMAMI);
    await page.goto(at('/'));
    await settle(page);
    expect(requests).toEqual([]);
  });
}
