import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Where an old path sends a reader, in one hop: the Node server answers 308; a static host
 * serves the export's redirect page, whose `meta refresh` names the target. `url` is absolute or
 * relative to the request context's base URL; the answer is the target's path.
 */
export async function landing(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url, { maxRedirects: 0 });
  if (response.status() === 308) return new URL(response.headers().location!, response.url()).pathname;
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  expect(html, url).toContain('<meta name="robots" content="noindex">');
  const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
  expect(target, `${url} is a redirect page`).toBeDefined();
  return target!;
}

/** `from` leads to `to` (a path) in one hop, and `to` is the page itself, not another redirect. */
export async function expectMoved(request: APIRequestContext, from: string, to: string, origin = ''): Promise<void> {
  expect(await landing(request, `${origin}${from}`), from).toBe(to);
  const page = await request.get(`${origin}${to}`, { maxRedirects: 0 });
  expect(page.status(), to).toBe(200);
  expect(await page.text(), to).not.toContain('http-equiv="refresh"');
}
