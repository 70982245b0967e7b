import { expect, test, type Page } from '@playwright/test';

// e2e/fixtures/posts/rich-markdown.md ends with a ```mermaid flowchart, drawn at build time.
const postPath = '/posts/rich-markdown';
const diagram = (page: Page) => page.getByRole('img', { name: '글이 게시되는 과정' });

test('a diagram is inline SVG drawn at build time, in the theme the reader picks', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(postPath);

  // One drawing is shown (the other is hidden, out of the accessibility tree): the light one.
  await expect(diagram(page)).toHaveCount(1);
  await expect(diagram(page)).toBeVisible();
  await expect(page.locator('[data-diagram-theme="light"] svg')).toBeVisible();
  await expect(page.locator('[data-diagram-theme="dark"] svg')).toBeHidden();

  // Its labels are text a reader can select and copy.
  const label = diagram(page).getByText('초안 쓰기');
  await expect(label).toBeVisible();
  const selected = await label.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString();
  });
  expect(selected).toBe('초안 쓰기');

  // The site's toggle, not only the system, switches the drawing.
  await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.locator('[data-diagram-theme="dark"] svg')).toBeVisible();
  await expect(page.locator('[data-diagram-theme="light"] svg')).toBeHidden();
  await expect(diagram(page)).toHaveCount(1);
  await expect(diagram(page).getByText('초안 쓰기')).toBeVisible();

  // No renderer runs in the browser.
  const scripts = await page
    .locator('script')
    .evaluateAll((elements) => elements.map((script) => `${script.getAttribute('src') ?? ''} ${script.textContent}`));
  expect(scripts.filter((script) => /mermaid/i.test(script))).toEqual([]);
  expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
});

test('no two elements of a page with diagrams share an id', async ({ page }) => {
  await page.goto(postPath);
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.filter((id) => id.startsWith('mermaid-')).length).toBeGreaterThan(4);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});
