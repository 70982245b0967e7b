import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { classify, pagePath, planImport } from './plan';

describe('classify', () => {
  it.each([
    ['_posts/hello.md', { to: 'posts', target: 'hello.md', markdown: true, draft: false }],
    ['_posts/notes/2024/a.md', { to: 'posts', target: 'notes/2024/a.md', markdown: true }],
    ['_posts/hello/photo.png', { to: 'posts', target: 'hello/photo.png', markdown: false }],
    ['about/index.md', { to: 'pages', target: 'about.md', markdown: true }],
    ['a/b/index.md', { to: 'pages', target: 'a/b.md' }],
    ['foo.md', { to: 'pages', target: 'foo.md' }],
    ['about/photo.png', { to: 'static', target: 'about/photo.png' }],
    ['images/a.png', { to: 'static', target: 'images/a.png' }],
    ['CNAME', { to: 'static', target: 'CNAME' }],
    ['favicon.ico', { to: 'static', target: 'favicon.ico' }],
    ['demo/index.html', { to: 'static', target: 'demo/index.html' }],
  ])('%s goes to %o', (relative, expected) => {
    expect(classify(relative, false)).toMatchObject(expected);
  });

  it.each([
    ['_data/menu.yml', 'Hexo ignores names that start with _'],
    ['images/_old.png', 'Hexo ignores names that start with _'],
    ['_posts/_notes.md', 'Hexo ignores names that start with _'],
    ['.DS_Store', 'hidden (a name starts with .)'],
    ['_posts/.hidden/a.md', 'hidden (a name starts with .)'],
    ['_posts/hello.md~', 'a temporary file (ends with ~ or %)'],
    ['_drafts/wip.md', 'a draft (import drafts with --drafts)'],
  ])('ignores %s: %s', (relative, reason) => {
    expect(classify(relative, false)).toEqual({ source: relative, reason });
  });

  it('imports drafts with --drafts, marked as drafts', () => {
    expect(classify('_drafts/wip.md', true)).toMatchObject({ to: 'posts', target: 'wip.md', draft: true });
  });

  it.each([
    ['robots.txt', '/robots.txt'],
    ['sitemap.xml', '/sitemap.xml'],
    ['atom.xml', '/atom.xml'],
    ['feed.xml', '/feed.xml'],
    ['feed.json', '/feed.json'],
    ['rss.xml', '/rss.xml'],
    ['index.html', '/'],
    ['404.html', '/404.html'],
    ['posts/old.png', '/posts/'],
    ['tags/x.png', '/tags/'],
    ['categories/a/b.txt', '/categories/'],
    ['archives/index.html', '/archives/'],
    ['search/x.js', '/search/'],
    ['page/2/index.html', '/page/'],
    ['search-index/a.json', '/search-index/'],
    ['fonts/a.woff2', '/fonts/'],
    ['islands/a.js', '/islands/'],
    ['og/a.png', '/og/'],
    ['tags/index.md', '/tags/'],
    ['index.md', '/'],
  ])('refuses %s, which would shadow %s', (relative, route) => {
    expect(classify(relative, false)).toEqual({ source: relative, reason: `would shadow the site's ${route}` });
  });

  it('names pages by their path', () => {
    expect(pagePath('about/index.md')).toBe('about');
    expect(pagePath('a/b.markdown')).toBe('a/b');
  });
});

describe('planImport', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'hexo-plan-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const put = (file: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), file);
  };

  it('walks source/ in order and sorts every file into copied, ignored and refused', () => {
    ['_posts/b.md', '_posts/a.md', '_posts/a/p.png', 'about.md', 'about/index.md', '.git/HEAD', 'robots.txt'].forEach(
      put,
    );
    const plan = planImport(site, { drafts: false });
    expect(plan.files.map((f) => `${f.to}:${f.target}`)).toEqual([
      'posts:a/p.png',
      'posts:a.md',
      'posts:b.md',
      'pages:about.md',
    ]);
    expect(plan.ignored).toEqual([{ source: '.git/HEAD', reason: 'hidden (a name starts with .)' }]);
    expect(plan.refused).toEqual([
      { source: 'about.md', reason: 'goes to the same pages file as about/index.md' },
      { source: 'robots.txt', reason: "would shadow the site's /robots.txt" },
    ]);
  });
});
