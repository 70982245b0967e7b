import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import Parser from 'rss-parser';

// Every link, script, stylesheet, font, image and feed the export's pages refer to is a file of
// the export. Absolute URLs on the site's own origin (SITE_URL: canonical links, feeds, Open
// Graph images) are checked against the export too; other sites are not contacted.
test('no page of the export refers to a missing file', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const feed = await new Parser().parseString(await (await request.get('/feed.xml')).text());
  const siteOrigin = new URL(feed.link!).origin;
  const escaped = siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  const result = await new LinkChecker().check({
    path: `${baseURL}/`,
    recurse: true,
    checkCss: true,
    // Pages are files (`/posts/x` is posts/x.html): resolve `#main` against the page, not against
    // a folder `/posts/x/` that linkinator would otherwise assume.
    cleanUrls: true,
    concurrency: 20,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: baseURL! }],
    linksToSkip: async (link) => !link.startsWith(`${baseURL}/`) && link !== baseURL,
  });

  const checked = result.links.filter((link) => link.state !== 'SKIPPED');
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status} ${decodeURI(link.url)} (on ${link.parent && decodeURI(link.parent)})`);
  expect(broken).toEqual([]);
  expect(checked.length).toBeGreaterThan(200);
});
