import { expect, test } from '../support/site';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';

const rss = new Parser();
const xml = new XMLParser({ isArray: (name) => name === 'url' });

// A static host types a file by its extension (`.xml` is often `text/xml`), not as the Node
// server does (`application/rss+xml`): feed readers accept either, so only the body is checked.
test('the site, tag and category feeds are files at the paths the pages link to', async ({ page, request, at }) => {
  const feed = await rss.parseString(await (await request.get(at('/feed.xml'))).text());
  expect(feed.title).toBe('한글 블로그');
  // Past the post dated 2099 that the sub-path build has (`future: true`, scheduled-posts.spec.ts).
  const titles = feed.items.map((item) => item.title).filter((title) => title !== '예약해 둔 글');
  expect(titles.slice(0, 2)).toEqual(['폴더 안의 글', '한국 시리즈 라이벌전']);
  const atom = await rss.parseString(await (await request.get(at('/atom.xml'))).text());
  expect(atom.items.map((item) => item.title)).toEqual(feed.items.map((item) => item.title));
  const json = JSON.parse(await (await request.get(at('/feed.json'))).text());
  expect(json.items).toHaveLength(feed.items.length);

  // The tag's and the category's feeds, found as a reader finds them: from the page's <head>.
  for (const [listing, title] of [
    ['/tags/소식', '소식'],
    ['/categories/개발/웹', '웹'],
  ]) {
    await page.goto(at(listing!));
    const href = await page
      .locator('head link[rel="alternate"][type="application/rss+xml"]')
      .last()
      .getAttribute('href');
    const response = await request.get(new URL(href!).pathname);
    expect(response.status(), href!).toBe(200);
    const listingFeed = await rss.parseString(await response.text());
    expect(listingFeed.title).toContain(title);
    expect(listingFeed.items.length).toBeGreaterThan(0);
  }
});

test('every URL of the sitemap is a page of the export, and robots.txt points to the sitemap', async ({
  request,
  at,
}) => {
  const robots = await (await request.get(at('/robots.txt'))).text();
  expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
  const entries: { loc: string }[] = xml.parse(await (await request.get(at('/sitemap.xml'))).text()).urlset.url;
  expect(entries.length).toBeGreaterThan(50);
  for (const { loc } of entries) {
    const response = await request.get(new URL(loc).pathname);
    expect(response.status(), loc).toBe(200);
    expect(response.headers()['content-type'], loc).toContain('text/html');
  }
});
