import { expect, test } from '../support/site';

// e2e/fixtures/posts/scheduled-post.md is dated 2099. The fixture posts' own build (the `static`
// project) has `future: false` (e2e/fixtures/site.config.yml); the sub-path build keeps Hexo's
// default, `future: true` (e2e/fixtures/subpath.config.yml).
const TITLE = '예약해 둔 글';

test('a post dated after the build is built with future: true and nowhere with future: false', async ({
  page,
  request,
  at,
  basePath,
}) => {
  const future = basePath !== '';
  await page.goto(at('/'));
  const listed = page.getByRole('main').getByRole('link', { name: TITLE });
  await expect(listed).toHaveCount(future ? 1 : 0);

  if (future) {
    await listed.click();
    await expect(page).toHaveURL(at('/posts/scheduled-post'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  } else {
    expect((await request.get(at('/posts/scheduled-post'))).status()).toBe(404);
  }
  await page.goto(at('/archives'));
  await expect(page.getByRole('main').getByRole('link', { name: TITLE })).toHaveCount(future ? 1 : 0);

  // Feeds, sitemap and the search index's list of posts.
  for (const path of ['/feed.xml', '/atom.xml', '/sitemap.xml', '/search-index/meta.json']) {
    const text = await (await request.get(at(path))).text();
    expect(text.includes(TITLE) || text.includes('scheduled-post'), path).toBe(future);
  }
});
