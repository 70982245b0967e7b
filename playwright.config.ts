import { defineConfig, devices } from '@playwright/test';

import type { SiteOptions } from './e2e/support/site';
import { chromiumPath } from './lib/chromium';
import {
  basePath,
  hexoPort,
  hexoStaticPort,
  port,
  staticPort,
  subpathNodePort,
  subpathPort,
} from './e2e/support/servers';

const chromium = {
  ...devices['Desktop Chrome'],
  // Playwright cannot download its own browser here; Debian's Chromium is installed by .ci/run.
  launchOptions: {
    executablePath: chromiumPath(),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

// Journeys run against production builds, never the dev server: the fixture posts, and a Hexo
// blog (e2e/fixtures/hexo-site) imported as a writer would import theirs (e2e/hexo/).
export default defineConfig<SiteOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one worker for the browser, one for the servers (four of them) is the default;
  // the journeys wait on the network far more than on the CPU, so two workers finish sooner.
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  // A trace costs a fifth of a journey's time; on CI no one opens it, the error says what failed.
  use: { trace: process.env.CI ? 'off' : 'retain-on-failure' },
  projects: [
    {
      // Rebuilding a running site (its own copy of the project, two builds): first, so that its
      // minutes of building overlap the other journeys instead of ending the run alone.
      name: 'update',
      testDir: 'e2e/update',
    },
    {
      name: 'chromium',
      // The journeys, and the link check of e2e/export/ (which crawls the site it is given).
      testIgnore: ['hexo/**', 'update/**', /export\/(?!link-check\.spec\.ts$)/],
      use: { ...chromium, baseURL: `http://localhost:${port}` },
    },
    {
      name: 'hexo',
      testDir: 'e2e/hexo',
      use: { ...chromium, baseURL: `http://localhost:${hexoPort}`, exportURL: `http://localhost:${hexoStaticPort}` },
    },
    {
      // The static export of the fixture posts (`npm run build:static`), served by nginx.
      name: 'static',
      testDir: 'e2e/export',
      use: { ...chromium, baseURL: `http://localhost:${staticPort}` },
    },
    {
      // The same journeys on a site under a sub-path: its export, then its Node server.
      name: 'static-subpath',
      testDir: 'e2e/export',
      use: { ...chromium, baseURL: `http://localhost:${subpathPort}`, basePath },
    },
    {
      name: 'node-subpath',
      testDir: 'e2e/export',
      use: { ...chromium, baseURL: `http://localhost:${subpathNodePort}`, basePath },
    },
  ],
  // Every server, built side by side and started by one script (scripts/e2e-servers.ts): the
  // fixture posts' build, its static export, the imported Hexo blog and the sub-path build.
  webServer: {
    // It reads the same ports (e2e/support/servers.ts) from the same environment.
    command: 'tsx scripts/e2e-servers.ts',
    url: `http://localhost:${port}`,
    timeout: 15 * 60 * 1000,
    reuseExistingServer: !process.env.CI,
    // Every server removes its temporary folder when stopped.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
