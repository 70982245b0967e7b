import { expect, test } from '@playwright/test';

// No `{%` reaches a reader anywhere: listings, feeds and the search index included.

test('listings, feeds and the search index carry no Hexo tag', async ({ page, request }) => {
  await page.goto('/');
  expect(await page.locator('main').innerText()).not.toContain('{%');
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json']) {
    const body = await (await request.get(path)).text();
    expect(body, path).toContain('헥소 태그 모음');
    expect(body, path).not.toContain('{%');
  }

  await page.goto(`/search/?q=${encodeURIComponent('헥소 태그')}`);
  await expect(page.getByRole('link', { name: /헥소 태그 모음/ }).first()).toBeVisible();
  expect(await page.locator('main').innerText()).not.toContain('{%');
});
