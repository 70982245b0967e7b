import { expect, test } from '@playwright/test';

// The codes of e2e/fixtures/site.config.yml, as webmaster tools look for them.
test('every page proves the site to Google, Naver and Bing, and robots.txt to Daum', async ({ page, request }) => {
  for (const path of ['/', '/posts/baseball', '/tags/%EC%86%8C%EC%8B%9D']) {
    await page.goto(path);
    const meta = (name: string) => page.locator(`head meta[name="${name}"]`);
    await expect(meta('google-site-verification'), path).toHaveAttribute('content', 'fixture-google-code');
    await expect(meta('naver-site-verification'), path).toHaveAttribute('content', 'fixture-naver-code');
    await expect(meta('msvalidate.01'), path).toHaveAttribute('content', 'FIXTUREBINGCODE');
  }

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-Agent: \*\nAllow: \/\n/);
  expect(robots).toMatch(/^#DaumWebMasterTool:0123456789abcdef:fixtureowner$/m);
  expect(robots).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
});
