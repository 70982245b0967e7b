import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const hexoPort = Number(process.env.E2E_HEXO_PORT ?? 3220);
const staticPort = Number(process.env.E2E_STATIC_PORT ?? 3230);

const chromium = {
  ...devices['Desktop Chrome'],
  // Playwright cannot download its own browser here; Debian's Chromium is installed by .ci/run.
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

// Journeys run against production builds, never the dev server: the fixture posts, and a Hexo
// blog (e2e/fixtures/hexo-site) imported as a writer would import theirs (e2e/hexo/).
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['hexo/**', 'export/**'],
      use: { ...chromium, baseURL: `http://localhost:${port}` },
    },
    {
      name: 'hexo',
      testDir: 'e2e/hexo',
      use: { ...chromium, baseURL: `http://localhost:${hexoPort}` },
    },
    {
      // The static export of the fixture posts (`npm run build:static`), served by nginx.
      name: 'static',
      testDir: 'e2e/export',
      use: { ...chromium, baseURL: `http://localhost:${staticPort}` },
    },
  ],
  webServer: [
    {
      // The static export of the same build (`build:static` = build + export) for the `static` project.
      command: `CONTENT_DIR=e2e/fixtures/posts npm run build:static && PORT=${port} npm start`,
      url: `http://localhost:${port}`,
      timeout: 10 * 60 * 1000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `E2E_HEXO_PORT=${hexoPort} tsx scripts/e2e-hexo-site.ts`,
      url: `http://localhost:${hexoPort}`,
      timeout: 10 * 60 * 1000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `E2E_STATIC_PORT=${staticPort} E2E_STATIC_OUT=out E2E_STATIC_AFTER=http://localhost:${port} tsx scripts/e2e-static-server.ts`,
      url: `http://localhost:${staticPort}`,
      timeout: 10 * 60 * 1000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
