import { expect, test } from '@playwright/test';

test('dark mode follows the system and the toggle choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveClass(/dark/);
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
  await expect(html).toHaveClass(/light/);
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(lightBackground).not.toBe(darkBackground);

  // The stored choice must be on <html> before the content is parsed (and so painted): no flash.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('main')) {
        (window as unknown as { classAtMain: string }).classAtMain = document.documentElement.className;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  const classAtMain = await page.evaluate(() => (window as unknown as { classAtMain: string }).classAtMain);
  expect(classAtMain).toContain('light');
});

test('switching the theme adds no stylesheet (each one restyles the whole page)', async ({ page }) => {
  // Stylesheets a script adds (the parser's own go through none of these methods).
  await page.addInitScript(() => {
    const added: string[] = [];
    (window as unknown as { stylesAdded: string[] }).stylesAdded = added;
    for (const method of ['appendChild', 'insertBefore'] as const) {
      const original = Node.prototype[method] as (...args: unknown[]) => unknown;
      Node.prototype[method] = function (this: Node, ...args: unknown[]) {
        if ((args[0] as Node | undefined)?.nodeName === 'STYLE') added.push((args[0] as Node).textContent ?? '');
        return original.apply(this, args);
      } as never;
    }
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/posts/rich-markdown');
  // The head script answers the toggle from the first paint: one click is enough.
  const html = page.locator('html');
  await expect(html).toHaveClass(/light/);
  await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
  await expect(html).toHaveClass(/dark/);
  expect(await page.evaluate(() => (window as unknown as { stylesAdded: string[] }).stylesAdded)).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
