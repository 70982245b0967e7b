import { expect, test } from '@playwright/test';

test('a post links to its tag, whose listing leads to another post', async ({ page }) => {
  await page.goto('/posts/hello-world');
  await page.getByRole('article').getByRole('link', { name: '#React' }).click();

  await expect(page).toHaveURL('/tags/react');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그: React');
  // `react` in another post is the same tag.
  await page.getByRole('link', { name: '리액트 훅 정리' }).click();

  await expect(page).toHaveURL(`/posts/react-hooks`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('리액트 훅 정리');
  await expect(page.getByText('수정 2024년 4월 1일')).toBeVisible();
});

test('C++, C# and C have three tag pages', async ({ page }) => {
  await page.goto('/posts/cpp-vs-csharp');
  const tags = page.getByRole('article').getByRole('list', { name: '태그' });
  await expect(tags.getByRole('link', { name: '#C++' })).toHaveAttribute('href', '/tags/c-plus-plus');
  await expect(tags.getByRole('link', { name: '#C#' })).toHaveAttribute('href', '/tags/c-sharp');
  await expect(tags.getByRole('link', { name: '#C', exact: true })).toHaveAttribute('href', '/tags/c');
  for (const [href, name] of [
    ['/tags/c-plus-plus', 'C++'],
    ['/tags/c-sharp', 'C#'],
    ['/tags/c', 'C'],
  ]) {
    await page.goto(href!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`태그: ${name}`);
  }
});

test('the tag index lists every tag with its count', async ({ page }) => {
  await page.goto('/tags');
  await expect(page.getByRole('link', { name: /#블로그/ })).toContainText('15');
  await expect(page.getByRole('link', { name: /비밀태그/ })).toHaveCount(0);
  await page.getByRole('link', { name: /#블로그/ }).click();
  await expect(page).toHaveURL('/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8');
  await page.getByRole('link', { name: /다음 페이지/ }).click();
  await expect(page).toHaveURL('/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2');
  await expect(page.getByText('2페이지 중 2페이지')).toBeVisible();
});
