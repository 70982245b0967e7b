import { expect, test, type Locator } from '@playwright/test';

import { violations, watchCsp } from '../support/csp';

// e2e/fixtures/hexo-site/source/_posts/hexo-tags.md, imported with `npm run import:hexo`: every
// Hexo tag plugin the engine renders, read as a reader would.
// Hexo's permalink pattern, kept by the import: the post's URL is the one the Hexo site had.
const POST = '/2024/05/01/hexo-tags/';

const loaded = (image: Locator) => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test('a post full of Hexo tags shows its images, links, quotes, code and embeds, and no tag', async ({ page }) => {
  await page.goto(POST);
  const article = page.getByRole('article');
  await expect(page.getByRole('heading', { level: 1, name: '헥소 태그 모음' })).toBeVisible();

  // asset_img: the file of the post's asset folder, with its size, loaded lazily.
  const pixel = article.getByRole('img', { name: '작은 점' });
  await expect(pixel).toHaveAttribute('src', '/posts/hexo-tags/pixel.png');
  await expect(pixel).toHaveAttribute('width', '16');
  await pixel.scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(pixel)).toBe(true);

  // asset_link and asset_path: the asset folder's files, which answer.
  const download = article.getByRole('link', { name: '메모 내려받기' });
  expect((await page.request.get((await download.getAttribute('href'))!)).status()).toBe(200);
  await expect(article).toContainText('주소는 /posts/hexo-tags/pixel.png');
  await expect(article).toContainText('주소만: /2024/04/20/root-image/');

  // img: a file of Hexo's source/images, now a static file.
  await expect.poll(() => loaded(article.getByRole('img', { name: '블로그 로고' }))).toBe(true);

  // blockquote with author, source and link; pullquote; raw HTML passed through.
  const quote = article.locator('blockquote').filter({ hasText: '나 보기가 역겨워' });
  await expect(quote.locator('footer')).toContainText('김소월, 진달래꽃');
  await expect(quote.getByRole('link', { name: '진달래꽃 전문' })).toHaveAttribute(
    'href',
    'https://example.com/azalea',
  );
  await expect(article.locator('blockquote.pullquote')).toHaveText('글은 고칠수록 좋아진다.');
  await expect(article.locator('p.raw')).toHaveText('그대로 나가는 HTML');

  // codeblock: highlighted like fenced code, with its title.
  const code = article.locator('figure[data-rehype-pretty-code-figure]').filter({ hasText: "const name = '세계';" });
  await expect(code.locator('figcaption')).toHaveText('인사.js');
  await expect(code.locator('code span[style*="--shiki"]').first()).toBeAttached();

  // link; the embeds: privacy-enhanced players with names for screen readers, and links.
  await expect(article.getByRole('link', { name: '헥소 누리집' })).toHaveAttribute('href', 'https://hexo.io');
  const youtube = article.locator('iframe[src^="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]');
  await expect(youtube).toHaveAttribute('title', /YouTube 동영상/);
  await expect(youtube).toHaveAttribute('loading', 'lazy');
  await expect(article.locator('iframe[src^="https://player.vimeo.com/video/76979871"]')).toHaveAttribute(
    'title',
    /Vimeo 동영상/,
  );
  await expect(article.getByRole('link', { name: /Gist 996818/ })).toHaveAttribute(
    'href',
    'https://gist.github.com/996818',
  );
  await expect(article.getByRole('link', { name: /JSFiddle NmudS/ })).toBeVisible();

  // NexT's note: the site's own alert, titled in Korean.
  const note = article.getByRole('note').filter({ hasText: 'NexT 테마의 안내 상자' });
  await expect(note).toContainText('참고');

  // Nothing of Hexo's syntax is left for the reader.
  expect(await article.innerText()).not.toContain('{%');
});

test('post_link leads to the other post, titled as that post, date-prefixed names included', async ({ page }) => {
  await page.goto(POST);
  const article = page.getByRole('article');
  await expect(article.getByRole('link', { name: '날짜 없는 글 읽기' })).toHaveAttribute(
    'href',
    /^\/\d{4}\/\d{2}\/\d{2}\/no-date\/$/,
  );
  await article.getByRole('link', { name: '틱택토 연습' }).click();
  await expect(page).toHaveURL('/2015/01/15/tic-tac-toe/');
  await expect(page.getByRole('heading', { level: 1, name: '틱택토 연습' })).toBeVisible();

  await page.goBack();
  await article.getByRole('link', { name: '날짜 없는 글', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '날짜 없는 글' })).toBeVisible();
});

test('embeds (YouTube, Vimeo, CodePen …) load under the CSP, which allows exactly their origins', async ({ page }) => {
  await watchCsp(page);
  const response = await page.goto('/2024/05/01/hexo-tags/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const frames = await page
    .locator('article iframe')
    .evaluateAll((iframes) => iframes.map((iframe) => new URL((iframe as HTMLIFrameElement).src).origin));
  expect(frames.length).toBeGreaterThan(0);
  const frameSrc = /frame-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
  for (const origin of frames) expect(frameSrc).toContain(origin);
  // Origins only: no scheme, no wildcard.
  for (const source of frameSrc) expect(source).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  await page.waitForLoadState('load');
  expect(await violations(page)).toEqual([]);
});
