// `output: 'standalone'` leaves static assets out of .next/standalone on purpose (a CDN may serve
// them). This blog serves them itself, so copy them in: the folder then runs on any Node host.
import { cpSync, existsSync } from 'node:fs';

import { site } from '../lib/site';

const standalone = '.next/standalone';
if (!existsSync(`${standalone}/server.js`)) {
  console.error(`${standalone}/server.js is missing: run "next build" first.`);
  process.exit(1);
}
cpSync('.next/static', `${standalone}/.next/static`, { recursive: true });
if (existsSync('public')) cpSync('public', `${standalone}/public`, { recursive: true });
// The server reads the site's settings where it runs (lib/site.ts), as `site.config.yml`.
cpSync(site.settingsFile, `${standalone}/site.config.yml`);
console.log(`Standalone server ready: node ${standalone}/server.js (PORT, default 3000)`);
