import type { Page } from '@playwright/test';

// Comments and analytics providers, intercepted (there is no network here, and a journey must not
// reach GitHub or a tracker): each answer stands in for the provider's script, and is recorded.

/**
 * Routes a comments provider (`https://giscus.app`, `https://utteranc.es`): its `client.js` makes
 * a frame as the real one does (`frameClass`), from `/widget`, which records every message it
 * gets in `received`. Returns the URLs of the requests for `client.js`, as they come.
 */
export async function routeCommentsProvider(page: Page, origin: string, frameClass: string): Promise<string[]> {
  const requests: string[] = [];
  await page.route(`${origin}/**`, (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/client.js`)) {
      requests.push(url);
      return route.fulfill({
        contentType: 'text/javascript',
        body: `(() => {
          const script = document.currentScript;
          const frame = document.createElement('iframe');
          frame.className = ${JSON.stringify(frameClass)};
          frame.title = 'comments';
          frame.src = ${JSON.stringify(`${origin}/widget`)};
          script.after(frame);
        })();`,
      });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><script>window.received = []; addEventListener("message", (e) => received.push(e.data));</script>',
    });
  });
  return requests;
}

/** Routes every request to `origin` (an analytics provider) to an empty script; returns their URLs. */
export async function routeAnalytics(page: Page, origin: string): Promise<string[]> {
  const requests: string[] = [];
  await page.route(`${origin}/**`, (route) => {
    requests.push(route.request().url());
    return route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  return requests;
}

/** Makes the page's browser send Do Not Track (`dnt`) or Global Privacy Control (`gpc`). */
export async function declineTracking(page: Page, signal: 'dnt' | 'gpc'): Promise<void> {
  await page.addInitScript((which) => {
    const property = which === 'dnt' ? 'doNotTrack' : 'globalPrivacyControl';
    Object.defineProperty(Navigator.prototype, property, { get: () => (which === 'dnt' ? '1' : true) });
  }, signal);
}
