// Runs after the content is built and checked: writes what the server needs to send a request
// elsewhere in one hop (lib/canonical-path.ts): every redirect of lib/site-redirects.ts, and the
// static files without an extension (`CNAME`), which keep their path whatever the slash style.
// proxy.ts bundles the file, so the server reads no settings to answer; the static export writes
// the same redirects as pages.
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { isFile, type Routing } from '../lib/canonical-path';
import { contentDirs } from '../lib/content/dirs';
import { siteRedirects } from '../lib/site-redirects';
import { trailingSlash } from '../lib/urls';

export const ROUTING_FILE = '.contentlayer/generated/routing.json';

try {
  const redirects = siteRedirects();
  const files = existsSync(contentDirs.static)
    ? readdirSync(contentDirs.static, { recursive: true, encoding: 'utf8' })
        .map((file) => `/${file.split(path.sep).join('/').normalize('NFC')}`)
        .filter((file) => !isFile(file))
    : [];
  const routing: Routing = {
    redirects: Object.fromEntries(redirects.map(({ from, to }) => [from, to])),
    files,
    trailingSlash,
  };
  writeFileSync(ROUTING_FILE, `${JSON.stringify(routing)}\n`);
  console.log(`Redirects: ${redirects.length} old paths → ${ROUTING_FILE}`);
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}
