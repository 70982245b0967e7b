import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';

import { categoryOgImageUrl, postOgImageUrl, siteOgImageUrl, tagOgImageUrl } from '../lib/urls';

// The build writes one PNG per page into public/og/; the server must hand them out, Unicode
// file names included, as the 1200×630 images link previews expect.
for (const url of [
  siteOgImageUrl,
  postOgImageUrl('hello-world'),
  postOgImageUrl('日本語の記事'),
  postOgImageUrl('한글-파일명'),
  tagOgImageUrl({ slug: '소식' }),
  categoryOgImageUrl({ slugs: ['개발', '웹'] }),
]) {
  test(`${decodeURI(url)} is a 1200×630 PNG`, async ({ request }) => {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const body = await response.body();
    const image = PNG.sync.read(body);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThan(300_000);
  });
}

test('a draft has no image', async ({ request }) => {
  expect((await request.get(postOgImageUrl('draft-post'))).status()).toBe(404);
});
