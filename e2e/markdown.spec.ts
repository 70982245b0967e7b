import { expect, test } from '@playwright/test';

test('a post renders GitHub-flavoured Markdown with heading anchors', async ({ page }) => {
  await page.goto('/posts/gfm-showcase');
  const article = page.getByRole('article');
  await expect(article.getByRole('table')).toContainText('가');
  await expect(article.locator('del')).toHaveText('지운 글');
  await expect(article.getByRole('link', { name: 'https://example.com' })).toHaveAttribute(
    'href',
    'https://example.com',
  );
  await expect(article.getByRole('checkbox')).toHaveCount(2);
  await expect(article.locator('section[data-footnotes]')).toContainText('각주 내용입니다.');
  // Korean headings keep their letters in the anchor id.
  await expect(article.getByRole('heading', { level: 2, name: '표 만들기' })).toHaveAttribute('id', '표-만들기');
});

test('a post is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한글 제목: 서울의 봄');
  await expect(page.getByText('서울은 봄이 아름답습니다.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await context.close();
});
