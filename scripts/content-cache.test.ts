// The content layer's cache, kept between builds (lib/content/cache-key.ts through the patched
// contentlayer hook): real `contentlayer2 build` runs in a scratch project, changing what a post's
// document depends on besides its own file, and checking no stale document survives.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = path.resolve(import.meta.dirname, '..');
let dir: string;

interface Doc {
  _raw: { sourceFilePath: string };
  permalink: string;
  body: { html: string };
}

const write = (file: string, text: string, mtime: number) => {
  writeFileSync(path.join(dir, file), text);
  utimesSync(path.join(dir, file), mtime, mtime);
};
const post = (title: string, body = '본문') => `---\ntitle: ${title}\ndate: 2024-05-01 10:00:00\n---\n${body}\n`;

function build(env: Record<string, string> = {}): Record<'linking' | 'linked' | 'plain', Doc> {
  execFileSync(path.join(PROJECT, 'node_modules/.bin/contentlayer2'), ['build'], {
    cwd: dir,
    // Contentlayer takes its working folder from PWD before process.cwd().
    env: { ...process.env, PWD: dir, CONTENT_DIR: 'posts', STATIC_DIR: 'static', SITE_URL: '', ...env },
    stdio: 'pipe',
  });
  const docs = JSON.parse(readFileSync(path.join(dir, '.contentlayer/generated/Post/_index.json'), 'utf8')) as Doc[];
  const read = (name: string) => docs.find((doc) => doc._raw.sourceFilePath === `${name}.md`)!;
  return { linking: read('linking'), linked: read('linked'), plain: read('plain') };
}

// The content layer does not depend on the machine's time zone (dates are read in the site's):
// one run of the unit tests is enough for these builds.
describe.runIf(process.env.TZ === 'UTC')('the content cache between builds', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'content-cache-'));
    for (const file of ['lib', 'node_modules', 'contentlayer.config.ts', 'tsconfig.json', 'package.json']) {
      symlinkSync(path.join(PROJECT, file), path.join(dir, file));
    }
    cpSync(path.join(PROJECT, 'site.config.yml'), path.join(dir, 'site.config.yml'));
    cpSync(path.join(PROJECT, 'package-lock.json'), path.join(dir, 'package-lock.json'));
    mkdirSync(path.join(dir, 'posts'));
    mkdirSync(path.join(dir, 'static'));
    write('posts/linking.md', post('링크하는 글', '{% post_link linked %}'), 1_700_000_000);
    write('posts/linked.md', post('처음 제목'), 1_700_000_000);
    write('posts/plain.md', post('그냥 글'), 1_700_000_000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds what changed and keeps no stale document', { timeout: 180_000 }, () => {
    const first = build();
    expect(first.linking.body.html).toContain('처음 제목');

    // Another post's title, seen in a post_link.
    write('posts/linked.md', post('바뀐 제목'), 1_700_000_100);
    const retitled = build();
    expect(retitled.linking.body.html).toContain('바뀐 제목');
    expect(retitled.plain).toEqual(first.plain);

    // The permalink pattern in the settings.
    const settings = readFileSync(path.join(dir, 'site.config.yml'), 'utf8');
    writeFileSync(path.join(dir, 'site.config.yml'), settings.replace(/^permalink: .*$/m, 'permalink: :year/:title/'));
    const repatterned = build();
    expect(repatterned.plain.permalink).toBe('/2024/plain/');
    expect(repatterned.linking.body.html).toContain('href="/2024/linked/"');

    // SITE_URL with a base path.
    const underBase = build({ SITE_URL: 'https://example.com/blog' });
    expect(underBase.linking.body.html).toContain('href="/blog/2024/linked/"');
  });
});
