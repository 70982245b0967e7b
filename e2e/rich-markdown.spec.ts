import { expect, test, type Page } from '@playwright/test';

// e2e/fixtures/posts/rich-markdown.md: code blocks, formulas, alerts and images from its asset folder.
const postPath = '/posts/rich-markdown';
const tsCode = [
  'function greet(name: string): string {',
  '  const greeting = `안녕하세요, ${name}님`;',
  '  return greeting;',
  '}',
].join('\n');

const tsBlock = (page: Page) => page.locator('figure[data-language="ts"]');
const keywordColor = (page: Page) =>
  tsBlock(page)
    .locator('[data-line] span')
    .first()
    .evaluate((token) => getComputedStyle(token).color);

test('code is highlighted at build time in the light and the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(postPath);
  await expect(tsBlock(page).locator('[data-line] span').first()).toHaveText('function');
  // github-light-high-contrast's keyword red, then github-dark-high-contrast's.
  expect(await keywordColor(page)).toBe('rgb(160, 17, 31)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await keywordColor(page)).toBe('rgb(255, 148, 146)');

  // The theme toggle switches the code too, not only the system preference.
  await page.getByRole('button', { name: '밝은 테마와 어두운 테마 전환' }).click();
  await expect(page.locator('html')).toHaveClass(/light/);
  expect(await keywordColor(page)).toBe('rgb(160, 17, 31)');
});

test('code blocks show their language and the highlighted lines', async ({ page }) => {
  await page.goto(postPath);
  const label = (language: string) =>
    page
      .locator(`figure[data-language="${language}"]`)
      .evaluate((figure) => getComputedStyle(figure, '::before').content);
  expect(await label('ts')).toBe('"ts"');
  expect(await label('bash')).toBe('"bash"');
  expect(await label('python')).toBe('"python"');
  await expect(page.locator('figure[data-language="python"]')).toContainText('# 한글 주석: 합계를 구합니다');

  // ```ts {2-3}
  const highlighted = tsBlock(page).locator('[data-highlighted-line]');
  await expect(highlighted).toHaveCount(2);
  await expect(highlighted.first()).toContainText('const greeting');
  await expect(highlighted.last()).toContainText('return greeting;');
  const background = (line: number) =>
    tsBlock(page)
      .locator('[data-line]')
      .nth(line)
      .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background(1)).not.toBe(await background(0));
});

test('the copy button copies a code block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(postPath);
  const button = tsBlock(page).getByRole('button', { name: '코드 복사' });
  await button.click();
  await expect(tsBlock(page).getByRole('button', { name: '복사했습니다' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tsCode);
  // Every block gets one, the one without a language too.
  await expect(page.getByRole('article').locator('figure').getByRole('button')).toHaveCount(4);
});

test('formulas are typeset with KaTeX and its own fonts', async ({ page }) => {
  await page.goto(postPath);
  const article = page.getByRole('article');
  await expect(article.locator('.katex')).toHaveCount(2);
  await expect(article.locator('.katex-display')).toHaveCount(1);
  await expect(article.locator('math annotation').first()).toHaveText('a^2 + b^2 = c^2');
  const text = await article.innerText();
  expect(text).not.toContain('$$');
  expect(text).not.toContain('$a^2');
  const katexFontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
  });
  expect(katexFontLoaded).toBe(true);
  // Its styles are measured here: with them, the display formula is centred in its own block.
  await expect(article.locator('.katex-display')).toHaveCSS('display', 'block');
  await expect(article.locator('.katex-display > .katex')).toHaveCSS('text-align', 'center');
});

test('a post without formulas loads none of KaTeX', async ({ page }) => {
  const katexFiles: string[] = [];
  page.on('request', (request) => {
    if (/katex/i.test(request.url())) katexFiles.push(request.url());
  });
  await page.goto('/posts/hello-world', { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, World');
  expect(katexFiles).toEqual([]);
  // Nor do its rules ride along in the site's stylesheet: the page knows no KaTeX font.
  const katexFaces = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.family.includes('KaTeX')).map((face) => face.family),
  );
  expect(katexFaces).toEqual([]);
});

test('GitHub alerts carry their Korean titles', async ({ page }) => {
  await page.goto(postPath);
  const alerts = page.getByRole('article').getByRole('note');
  await expect(alerts).toHaveCount(5);
  for (const [index, title] of ['참고', '팁', '중요', '경고', '주의'].entries()) {
    await expect(alerts.nth(index).locator('.markdown-alert-title')).toHaveText(title);
  }
  // Each kind has its own colour.
  const colors = await alerts.evaluateAll((elements) =>
    elements.map((element) => getComputedStyle(element).borderLeftColor),
  );
  expect(new Set(colors).size).toBe(5);
});

test('images from the post asset folder have their size and load', async ({ page }) => {
  await page.goto(postPath);
  const article = page.getByRole('article');
  const red = article.getByRole('img', { name: '빨간 사각형' });
  await expect(red).toHaveAttribute('src', '/posts/rich-markdown/%EC%9E%91%EC%9D%80-%EC%A0%90.png');
  await expect(red).toHaveAttribute('width', '40');
  await expect(red).toHaveAttribute('height', '30');
  await expect(red).toHaveAttribute('loading', 'lazy');
  await expect(red).toHaveAttribute('decoding', 'async');
  const blue = article.getByRole('img', { name: '파란 점' });
  await expect(blue).toHaveAttribute('width', '16');
  // An image inside a link with text is decorative.
  await expect(article.getByRole('link', { name: '예제 사이트' }).locator('img')).toHaveAttribute('alt', '');

  for (const image of [red, blue]) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  }
});

test('no highlighter is shipped to the browser', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto(postPath);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of await Promise.all(scripts)) expect(script.toLowerCase()).not.toContain('shiki');
});

test('without JavaScript, code follows the system theme and has no copy button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(postPath);
  expect(await keywordColor(page)).toBe('rgb(255, 148, 146)');
  await expect(page.getByRole('button', { name: '코드 복사' })).toHaveCount(0);
  await context.close();
});
