import { expect, test, type Page } from '@playwright/test';

/** The palette's parts, by role: a modal dialog holding a combobox that controls a listbox. */
function palette(page: Page) {
  const dialog = page.getByRole('dialog', { name: '검색' });
  return {
    dialog,
    combobox: dialog.getByRole('combobox', { name: '검색어' }),
    options: dialog.getByRole('listbox').getByRole('option'),
  };
}

/**
 * Presses `key` until the palette is open. A key pressed before the page has run its script
 * (components/islands/palette-opener.ts) is lost; a reader would press again, and on a loaded CI
 * machine the script can take a while.
 */
async function openPalette(page: Page, key: string) {
  const { dialog } = palette(page);
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press(key);
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test('/ opens the palette; arrows choose a result and Enter opens it', async ({ page }) => {
  await page.goto('/posts/baseball');
  await expect(page.getByRole('dialog')).toBeHidden();

  await openPalette(page, '/');
  const { dialog, combobox, options } = palette(page);
  await expect(dialog).toBeVisible();
  await expect(combobox).toBeFocused();
  await expect(combobox).toHaveAttribute('aria-controls', (await dialog.getByRole('listbox').getAttribute('id'))!);

  await page.keyboard.type('react');
  // Equal scores, newer first.
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('리액트 훅 정리');
  await expect(options.nth(1)).toContainText('Hello, World');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/posts/hello-world');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, World');
  await expect(dialog).toBeHidden();
});

test('Control+K opens the palette, arrows wrap around, Esc closes it', async ({ page }) => {
  await page.goto('/posts/hello-world');
  await openPalette(page, 'Control+K');
  const { dialog, combobox, options } = palette(page);
  await expect(combobox).toBeFocused();

  await page.keyboard.type('연재');
  await expect(options).toHaveCount(4);
  await expect(options.first()).toContainText('연재 4편');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(options.last()).toContainText('연재 1편');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL('/posts/hello-world');

  // Reopened, it keeps the query; Enter on the first option opens it.
  await page.keyboard.press('Control+K');
  await expect(combobox).toHaveValue('연재');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/posts/series-04');
});

test('Enter before the results arrive searches for the query instead of opening an older result', async ({ page }) => {
  await page.goto('/posts/baseball');
  await openPalette(page, '/');
  const { combobox, options } = palette(page);
  // The empty query lists the newest posts; then hold back the index files a word needs.
  await expect(options.first()).toContainText('폴더 안의 글');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/search-index\/(shards|vocab)\//, async (route) => {
    await held;
    await route.continue();
  });

  await combobox.pressSequentially('react');
  await expect(options.first()).toContainText('폴더 안의 글');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search?q=react');
  release();
  await expect(page.locator('[data-results-for="react"]').getByRole('heading', { level: 2 })).toHaveText([
    '리액트 훅 정리',
    'Hello, World',
  ]);
});

test("the header's search link opens the palette, and goes to /search when its script has not run", async ({
  page,
}) => {
  await page.goto('/tags/react');
  const link = page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '검색' });
  await expect(link).toHaveAttribute('href', '/search');
  const { dialog, combobox } = palette(page);
  await expect(async () => {
    if (!(await dialog.isVisible())) await link.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(combobox).toBeFocused();
  await expect(page).toHaveURL('/tags/react');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Without the script the same link is a plain link.
  await page.route(/\/islands\//, (route) => route.abort());
  await page.reload();
  await link.click();
  await expect(page).toHaveURL('/search');
});
