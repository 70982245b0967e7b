import { expect, test } from '@playwright/test';

const CC_DEED = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';

// The fixture site's licence is CC BY-NC-SA 4.0 (e2e/fixtures/site.config.yml); 한글-파일명.md
// says `license: all rights reserved`.
test("a post states the site's licence with a link, and a post with its own states that", async ({ page }) => {
  await page.goto('/posts/baseball');
  const article = page.getByRole('article');
  const link = article.getByRole('link', { name: 'CC BY-NC-SA 4.0' });
  await expect(link).toHaveAttribute('href', CC_DEED);
  await expect(link).toHaveAttribute('rel', 'license');
  await expect(article.getByText(/^라이선스:/)).toBeVisible();
  const jsonLd = async () =>
    JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
      license?: unknown;
    };
  expect((await jsonLd()).license).toBe(CC_DEED);

  await page.goto('/posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85');
  await expect(page.getByRole('article').getByText('© 2024 블로그 주인. 모든 권리 보유')).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: 'CC BY-NC-SA 4.0' })).toHaveCount(0);
  expect((await jsonLd()).license).toEqual({ '@type': 'CreativeWork', name: '모든 권리 보유' });
});
