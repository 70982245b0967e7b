import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript, /search explains why and links to the tag and category listings', async ({ page }) => {
  await page.goto('/search?q=%EC%84%9C%EC%9A%B8');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('검색');
  // No search box that could never answer.
  await expect(page.getByRole('searchbox')).toHaveCount(0);

  // Playwright leaves <noscript> out of role and text matching even with JavaScript off
  // (isElementIgnoredForAria), so the message is found by CSS; the browser does render it.
  const notice = page.locator('main noscript > p');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('검색은 브라우저의 자바스크립트로 동작합니다.');
  await expect(notice.locator('a[href="/categories"]')).toHaveText('모든 카테고리');
  const tags = notice.locator('a[href="/tags"]');
  await expect(tags).toHaveText('모든 태그');
  await tags.click();
  await expect(page).toHaveURL('/tags');
  await expect(page.getByRole('link', { name: /#블로그/ })).toBeVisible();
});
