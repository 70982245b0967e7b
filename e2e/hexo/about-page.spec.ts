import { expect, test } from '@playwright/test';

// source/about/index.md, imported as content/pages/about.md, with profile.png beside it.

test('the about page is in the header, shows its picture and is in the sitemap, not in listings', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: '주 메뉴' });
  // The blog has no series: no link to an empty index of them.
  await expect(menu.getByRole('link', { name: '시리즈' })).toHaveCount(0);
  await menu.getByRole('link', { name: '소개' }).click();
  await expect(page).toHaveURL('/about/');
  await expect(page.getByRole('heading', { level: 1, name: '소개' })).toBeVisible();
  const picture = page.getByRole('img', { name: '프로필 사진' });
  await expect(picture).toHaveAttribute('src', '/about/profile.png');
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  expect(await (await request.get('/sitemap.xml')).text()).toContain('https://blog.example.com/about/<');
  expect(await (await request.get('/feed.xml')).text()).not.toContain('/about<');
  await page.goto('/archives/');
  await expect(page.getByRole('link', { name: '소개' })).toHaveCount(1); // the header's only
});
