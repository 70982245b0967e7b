import { test as base } from '@playwright/test';

/** The options a project of playwright.config.ts sets: where the site under test lives. */
export interface SiteOptions {
  /** `''` at the root of the host, `/blog` under a sub-path. */
  basePath: string;
  /** The origin of the same site's static export behind nginx, for journeys that compare both (e2e/hexo). */
  exportURL: string;
}

/**
 * The journeys of e2e/export/ run against the static export at the root, the export under a
 * sub-path, and the Node server under a sub-path: `at('/tags/소식')` is that path on the site
 * under test (`/blog/tags/소식`).
 */
export const test = base.extend<SiteOptions & { at: (path: string) => string }>({
  basePath: ['', { option: true }],
  exportURL: ['', { option: true }],
  // Playwright calls the second argument `use`; that name trips the React Hooks lint rule.
  at: async ({ basePath }, provide) => {
    await provide((path) => `${basePath}${path}`);
  },
});

export { expect } from '@playwright/test';
