import { LinkChecker } from 'linkinator';
import Parser from 'rss-parser';

import { expect, test } from '../support/site';

// Every link, script, stylesheet, font, image and feed the site's pages refer to is there, and
// under a sub-path none leaves it. Absolute URLs on the site's own origin (SITE_URL: canonical
// links, feeds, Open Graph images) are checked against the server under test too; other sites
// are not contacted.
test('no page refers to a missing file, or to a path outside the site', async ({ request, baseURL, at }) => {
  test.setTimeout(120_000);
  const feed = await new Parser().parseString(await (await request.get(at('/feed.xml'))).text());
  const siteOrigin = new URL(feed.link!).origin;
  const escaped = siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const home = `${baseURL}${at('/')}`;
  const outside: string[] = [];

  const result = await new LinkChecker().check({
    path: home,
    recurse: true,
    checkCss: true,
    // Pages are files (`/posts/x` is posts/x.html): resolve `#main` against the page, not against
    // a folder `/posts/x/` that linkinator would otherwise assume.
    cleanUrls: true,
    concurrency: 20,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: baseURL! }],
    linksToSkip: async (link) => {
      if (!link.startsWith(`${baseURL}/`)) return true;
      if (!link.startsWith(home)) {
        outside.push(decodeURI(link));
        return true;
      }
      return false;
    },
  });

  const checked = result.links.filter((link) => link.state !== 'SKIPPED');
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status} ${decodeURI(link.url)} (on ${link.parent && decodeURI(link.parent)})`);
  expect(broken).toEqual([]);
  expect([...new Set(outside)]).toEqual([]);
  expect(checked.length).toBeGreaterThan(200);
});
