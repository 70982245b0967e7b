import type { Page } from '@playwright/test';

import { violations, watchCsp } from '../support/csp';
import { routeCommentsProvider } from '../support/providers';
import { expect, test } from '../support/site';

// The sub-path builds turn giscus on (e2e/fixtures/subpath.config.yml); the export at the root has
// no comments. giscus.app is routed (e2e/support/providers.ts): nothing leaves the machine.

const GISCUS = 'https://giscus.app';
const LONG_POST = '/posts/목차가-있는-긴-글';
// A phone's screen: the long post's comments start far below it.
test.use({ viewport: { width: 390, height: 640 } });

const comments = (page: Page) => page.getByRole('region', { name: '댓글' });
const providerScript = (page: Page) => page.locator(`script[src="${GISCUS}/client.js"]`);

test.describe('with giscus on', () => {
  test.skip(({ basePath }) => basePath === '', 'the export at the root has no comments');

  test('giscus loads once, when the comments come near, with the post’s key, theme and language', async ({
    page,
    at,
  }) => {
    await watchCsp(page);
    const requests = await routeCommentsProvider(page, GISCUS, 'giscus-frame');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(at(LONG_POST));
    await expect(comments(page).getByRole('heading', { name: '댓글' })).toBeAttached();
    // The island ran (its button shows) and the section is more than 400 px below the screen.
    await expect(comments(page).getByRole('button', { name: '댓글 보기' })).toBeAttached();
    const top = await comments(page).evaluate((section) => section.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(640 + 400);
    await page.waitForLoadState('load');
    expect(requests).toEqual([]);

    await comments(page).scrollIntoViewIfNeeded();
    await expect.poll(() => requests.length).toBe(1);
    const script = providerScript(page);
    await expect(script).toHaveAttribute('data-repo', 'hong-gildong/blog-comments');
    await expect(script).toHaveAttribute('data-repo-id', 'R_kgDOTEST00');
    await expect(script).toHaveAttribute('data-category', '댓글');
    await expect(script).toHaveAttribute('data-mapping', 'specific');
    await expect(script).toHaveAttribute('data-term', '목차가-있는-긴-글');
    await expect(script).toHaveAttribute('data-theme', 'light');
    await expect(script).toHaveAttribute('data-lang', 'ko');
    await expect(comments(page).getByRole('button', { name: '댓글 보기' })).toHaveCount(0);

    // The reader switches to dark: the widget is told, through giscus's own message.
    const frame = page.frameLocator('iframe.giscus-frame');
    await expect(frame.locator('body')).toBeAttached();
    await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
    const widget = page.frames().find((f) => f.url() === `${GISCUS}/widget`)!;
    await expect
      .poll(() => widget.evaluate(() => (window as unknown as { received: unknown[] }).received))
      .toContainEqual({ giscus: { setConfig: { theme: 'dark' } } });

    // Scrolling away and back, or pressing nothing, loads nothing more.
    await page.evaluate(() => scrollTo(0, 0));
    await comments(page).scrollIntoViewIfNeeded();
    expect(requests).toHaveLength(1);
    expect(await violations(page)).toEqual([]);
  });

  test('"댓글 보기" loads the comments before the reader scrolls to them', async ({ page, at }) => {
    const requests = await routeCommentsProvider(page, GISCUS, 'giscus-frame');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(at(LONG_POST));
    // Pressed where it is, without scrolling (a click would scroll it into view, which loads them too).
    await comments(page).getByRole('button', { name: '댓글 보기' }).dispatchEvent('click');
    await expect.poll(() => requests.length).toBe(1);
    await expect(providerScript(page)).toHaveAttribute('data-theme', 'dark');
  });

  test('a post’s comments_id is its thread’s key', async ({ page, at }) => {
    await routeCommentsProvider(page, GISCUS, 'giscus-frame');
    await page.goto(at('/posts/series-01'));
    await comments(page).scrollIntoViewIfNeeded();
    await expect(providerScript(page)).toHaveAttribute('data-term', 'series-1');
  });

  test('comments: false leaves the section out, and giscus is never asked for', async ({ page, at }) => {
    const requests = await routeCommentsProvider(page, GISCUS, 'giscus-frame');
    await page.goto(at('/posts/hello-world'));
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('load');
    await expect(comments(page)).toHaveCount(0);
    expect(requests).toEqual([]);
  });

  test('without JavaScript, the thread is a link to its discussion on GitHub', async ({ browser, at, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(at(LONG_POST));
    const link = comments(page).getByRole('link', { name: 'GitHub에서 댓글 보기' });
    await expect(link).toHaveAttribute(
      'href',
      `https://github.com/hong-gildong/blog-comments/discussions?discussions_q=${encodeURIComponent('in:title "목차가-있는-긴-글"')}`,
    );
    await expect(comments(page).getByRole('button', { name: '댓글 보기' })).toBeHidden();
    await context.close();
  });
});

test('with comments off, no post has a comment section or asks a provider for anything', async ({
  page,
  at,
  basePath,
}) => {
  test.skip(basePath !== '', 'the sub-path builds turn comments on');
  const giscus = await routeCommentsProvider(page, GISCUS, 'giscus-frame');
  const utterances = await routeCommentsProvider(page, 'https://utteranc.es', 'utterances-frame');
  await page.goto(at(LONG_POST));
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('load');
  await expect(comments(page)).toHaveCount(0);
  expect(await page.content()).not.toContain('/islands/comments-');
  expect([...giscus, ...utterances]).toEqual([]);
});
