import { expectMoved } from '../support/redirects';
import { expect, test } from '../support/site';

test("Hexo's tag paths lead to this site's tag pages, with or without the slash", async ({ request, at }) => {
  for (const [from, to] of [
    ['/tags/React', '/tags/react'],
    ['/tags/React/', '/tags/react'],
    ['/tags/C/', '/tags/c'],
    ['/tags/Node-js', '/tags/node.js'],
  ]) {
    await expectMoved(request, at(from!), at(to!));
  }
});

test("a post's own permalink is its URL, and its aliases lead there", async ({ request, at }) => {
  const own = await request.get(at('/notes/excerpt.html'));
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('요약 필드가 있는 글');
  for (const from of ['/old/excerpt/', '/old/excerpt']) await expectMoved(request, at(from), at('/notes/excerpt.html'));
});

test('a reader following an old Hexo link arrives at the page', async ({ page, at }) => {
  await page.goto(at('/tags/React/'));
  await expect(page).toHaveURL(at('/tags/react'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그: React');
});

test('after the pattern changed, every post keeps its old Hexo URL (legacy_permalink)', async ({
  request,
  basePath,
  at,
}) => {
  test.skip(!basePath, 'the sub-path build (e2e/fixtures/subpath.config.yml) is the one whose pattern changed');
  const moves: [from: string, to: string][] = [
    ['/2024/08/15/baseball/', '/posts/baseball'],
    ['/2024/08/15/baseball', '/posts/baseball'],
    ['/2024/05/05/한글-파일명/', `/posts/${encodeURIComponent('한글-파일명')}`],
    ['/2024/09/01/nested/deeper/folder-post/', '/posts/folder-post'],
  ];
  for (const [from, to] of moves) {
    await expectMoved(request, at(encodeURI(from)), at(to));
  }
});
