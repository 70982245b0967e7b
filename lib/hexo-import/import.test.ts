import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { formatFrontMatterDate, hexoFileDate } from './front-matter-fixes';
import { importHexoSite, type ImportOptions } from './import';
import { formatReport, hasSkipped } from './report';

const FIXTURE = path.join(__dirname, '../../e2e/fixtures/hexo-site');

let work: string;
let options: ImportOptions;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hexo-import-'));
  cpSync(FIXTURE, path.join(work, 'site'), { recursive: true });
  options = {
    siteDir: path.join(work, 'site'),
    postsDir: path.join(work, 'out/posts'),
    pagesDir: path.join(work, 'out/pages'),
    staticDir: path.join(work, 'out/static'),
    configFile: path.join(work, 'out/site.config.yml'),
    force: false,
    drafts: false,
  };
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(work, file), 'utf8');
const mtimes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => [f, statSync(path.join(dir, f)).mtimeMs]),
  );

describe('importHexoSite on the fixture site', () => {
  it('copies posts, pages and static files where they belong, and settles the settings and dates', () => {
    const result = importHexoSite(options);
    const where = (to: string) => result.files.filter((f) => f.to === to).map((f) => path.basename(f.target));
    expect(where('posts')).toContain('hexo-tags.md');
    expect(where('posts')).toContain('pixel.png');
    expect(where('pages')).toEqual(['about.md']);
    expect(where('static')).toEqual(['CNAME', 'profile.png', 'logo.png']);
    expect(result.files.every((f) => f.outcome === 'copied')).toBe(true);
    expect(readFileSync(path.join(options.staticDir, 'images/logo.png'))).toEqual(
      readFileSync(path.join(options.siteDir, 'source/images/logo.png')),
    );
    expect(read('out/posts/blank-line.md')).toBe(read('site/source/_posts/blank-line.md'));

    const born = hexoFileDate(statSync(path.join(options.siteDir, 'source/_posts/no-date.md')));
    const date = formatFrontMatterDate(born, 'Asia/Seoul');
    expect(read('out/posts/no-date.md')).toBe(
      read('site/source/_posts/no-date.md').replace('tags: 일상\n', `tags: 일상\ndate: ${date}\n`),
    );
    expect(result.fixes).toEqual([{ file: expect.stringMatching(/no-date\.md$/), fix: expect.stringContaining(date) }]);

    const settings = read('out/site.config.yml');
    expect(settings).toContain('title: 한글 블로그\n');
    expect(settings).toContain('permalink: :year/:month/:day/:title/\n');
    expect(settings).toContain('menu:\n  - about\n');
    // NexT's utterances and GA4 (e2e/fixtures/hexo-site/_config.next.yml).
    expect(settings).toContain(
      'comments:\n  provider: utterances\n  repo: hong-gildong/blog-comments\n  mapping: pathname\n',
    );
    expect(settings).toContain('analytics:\n  provider: google\n  site_id: G-HEXO12345\n  respect_dnt: true\n');
    expect(result.ignored.map((f) => f.source)).toEqual(['_data/menu.yml', '_drafts/writing.md']);
    expect(result.refused).toEqual([
      { source: 'robots.txt', reason: "would shadow the site's /robots.txt" },
      { source: 'tags/index.md', reason: "a theme's placeholder (type: tags); the site makes /tags itself" },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('writes nothing the second time and reports every file unchanged', () => {
    const first = importHexoSite(options);
    expect(first.writes).toBe(first.files.length + 1);
    const before = mtimes(path.join(work, 'out'));
    const second = importHexoSite(options);
    expect(second.writes).toBe(0);
    expect(mtimes(path.join(work, 'out'))).toEqual(before);
    expect(second.files.every((f) => f.outcome === 'unchanged')).toBe(true);
    expect(second.changes).toEqual([]);
    expect(second.fixes).toEqual([]);
    const report = formatReport(second);
    expect(report).toContain('Posts (0 copied, 12 unchanged, 0 skipped)');
    expect(report).toContain('Settings changed: none');
    expect(hasSkipped(second)).toBe(false);
  });

  it('leaves a differing file without --force, and replaces it with --force', () => {
    importHexoSite(options);
    const post = path.join(options.postsDir, 'root-image.md');
    writeFileSync(post, 'edited here\n');
    const kept = importHexoSite(options);
    expect(kept.files.find((f) => f.target.endsWith('root-image.md'))?.outcome).toBe('skipped');
    expect(hasSkipped(kept)).toBe(true);
    expect(formatReport(kept)).toMatch(/skipped: .*root-image\.md \(differs; --force replaces it\)/);
    expect(readFileSync(post, 'utf8')).toBe('edited here\n');

    const forced = importHexoSite({ ...options, force: true });
    expect(forced.files.find((f) => f.target.endsWith('root-image.md'))?.outcome).toBe('overwritten');
    expect(forced.writes).toBe(1);
    expect(readFileSync(post, 'utf8')).toBe(read('site/source/_posts/root-image.md'));
  });

  it('imports drafts with --drafts, as published: false', () => {
    const result = importHexoSite({ ...options, drafts: true });
    expect(read('out/posts/writing.md')).toMatch(
      /^---\ntitle: 쓰는 중인 글\ntags: \[초안\]\ndate: .+\npublished: false\n---\n/,
    );
    expect(result.ignored.map((f) => f.source)).toEqual(['_data/menu.yml']);
  });

  it('merges into an existing settings file and reports what changed', () => {
    importHexoSite(options);
    writeFileSync(options.configFile, read('out/site.config.yml').replace('per_page: 10', 'per_page: 5'));
    const result = importHexoSite(options);
    expect(result.changes).toEqual([{ key: 'per_page', before: 5, after: 10 }]);
    expect(formatReport(result)).toContain('Settings changed:\n  per_page: 5 → 10');
  });

  it('lists every problem the build will stop on, with file and line', () => {
    const source = path.join(options.siteDir, 'source');
    writeFileSync(
      path.join(source, '_posts/broken.md'),
      '---\ntitle: 고장\ndate: 2024-02-30\n---\n첫 줄\n\n![없는 그림](nothing.png)\n\n{% post_link no-such-post %}\n<img src="/images/none.png">\n',
    );
    writeFileSync(
      path.join(source, 'about/index.md'),
      '---\ntitle: 소개\n---\n![a](profile.png) ![b](gone%20away.png)\n',
    );
    writeFileSync(path.join(source, 'schedule.md'), '---\ntitle: 일정\ntype: schedule\n---\n');
    const result = importHexoSite(options);
    const lines = result.problems.map((p) => `${path.relative(work, p.file)}:${p.line}: ${p.message}`);
    expect(lines).toEqual([
      'out/pages/about.md:4: image "gone%20away.png" points at nothing (looked for source/about/gone away.png)',
      'out/pages/schedule.md:3: front matter "type": must be one of tags, categories, archives, search, not "schedule"',
      expect.stringMatching(/^out\/posts\/broken\.md:3: front matter "date": /),
      'out/posts/broken.md:7: image "nothing.png" points at nothing (looked for source/_posts/broken/nothing.png, source/_posts/nothing.png)',
      expect.stringMatching(/^out\/posts\/broken\.md:9: .*no-such-post/),
      'out/posts/broken.md:10: image "/images/none.png" points at nothing (looked for source/images/none.png)',
    ]);
    expect(formatReport(result)).toContain('Problems the build will stop on:\n  ');
  });

  it('names the folder when it holds no _config.yml', () => {
    expect(() => importHexoSite({ ...options, siteDir: work })).toThrow(`${work}: no _config.yml here`);
  });
});
