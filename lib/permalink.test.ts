import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { slugify } from './slug';
import {
  checkPermalinkPattern,
  permalinkPath,
  permalinkStyle,
  type PermalinkOptions,
  type PermalinkPost,
} from './permalink';

const require = createRequire(import.meta.url);

// 2025-01-01 00:30 in Seoul; still 31 December in UTC and Los Angeles.
const SEOUL_NEW_YEAR = new Date('2024-12-31T15:30:00Z');

const post = (overrides: Partial<PermalinkPost> = {}): PermalinkPost => ({
  title: 'Blog/Setting/hexo-blog',
  name: 'hexo-blog',
  postTitle: 'Hexo 블로그 설정하기',
  date: SEOUL_NEW_YEAR,
  categories: ['개발', '웹'],
  fields: {},
  ...overrides,
});
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const options: PermalinkOptions = { timeZone: 'Asia/Seoul', defaultCategory: 'uncategorized', slugify, sha1 };
const url = (pattern: string, overrides: Partial<PermalinkPost> = {}, more: Partial<PermalinkOptions> = {}) =>
  permalinkPath(pattern, post(overrides), { ...options, ...more });

describe('permalinkPath', () => {
  it.each([
    [':year/:month/:day/:title/', '/2025/01/01/Blog/Setting/hexo-blog/'],
    [':year/:i_month/:i_day/:name.html', '/2025/1/1/hexo-blog.html'],
    [':hour:minute:second-:name', '/003000-hexo-blog'],
    [':year:month:day/:slug', '/20250101/Blog/Setting/hexo-blog'],
    [':post_title/', '/hexo-블로그-설정하기/'],
    [':category/:name/', '/개발/웹/hexo-blog/'],
    ['/:timestamp/', '/1735659000/'],
    [':hash/', '/abde960185a6/'],
    ['/posts/:name', '/posts/hexo-blog'],
    // As in hexo-util, a variable name never ends in `_`.
    [':name_/', '/hexo-blog_/'],
  ])('%s → %s', (pattern, expected) => expect(url(pattern)).toBe(expected));

  it('reads the date in the given zone, not the machine zone', () => {
    const lateInLosAngeles = new Date('2025-01-01T07:30:00Z');
    const day = (date: Date, timeZone: string) => url(':year/:month/:day/:hour', { date }, { timeZone });
    expect(day(SEOUL_NEW_YEAR, 'Asia/Seoul')).toBe('/2025/01/01/00');
    expect(day(SEOUL_NEW_YEAR, 'UTC')).toBe('/2024/12/31/15');
    expect(day(SEOUL_NEW_YEAR, 'America/Los_Angeles')).toBe('/2024/12/31/07');
    expect(day(lateInLosAngeles, 'America/Los_Angeles')).toBe('/2024/12/31/23');
    expect(day(lateInLosAngeles, 'Asia/Seoul')).toBe('/2025/01/01/16');
  });

  it('follows daylight saving time in Los Angeles', () => {
    const at = (iso: string, pattern = ':year/:month/:day/:hour:minute/') =>
      url(pattern, { date: new Date(iso) }, { timeZone: 'America/Los_Angeles' });
    expect(at('2025-03-09T09:59:00Z')).toBe('/2025/03/09/0159/');
    expect(at('2025-03-09T10:00:00Z')).toBe('/2025/03/09/0300/');
    // 01:30 happens twice on 2 November: the same path, a different :timestamp.
    expect(at('2025-11-02T08:30:00Z')).toBe(at('2025-11-02T09:30:00Z'));
    expect(at('2025-11-02T08:30:00Z', ':timestamp')).not.toBe(at('2025-11-02T09:30:00Z', ':timestamp'));
  });

  it('pads :month and :day, not :i_month and :i_day', () => {
    const date = new Date('2025-03-05T03:00:00Z');
    expect(url(':month-:day/:i_month-:i_day/:name', { date })).toBe('/03-05/3-5/hexo-blog');
  });

  it('fills custom variables from front matter, numbers and strings alike', () => {
    expect(url('posts/:abbrlink/', { fields: { abbrlink: 'a1b2c3' } })).toBe('/posts/a1b2c3/');
    expect(url('posts/:abbrlink.html', { fields: { abbrlink: 4021 } })).toBe('/posts/4021.html');
    expect(url(':lang/:id/', { fields: { id: 7 } }, { permalinkDefaults: { lang: 'ko' } })).toBe('/ko/7/');
  });

  it('names the variable a post lacks', () => {
    expect(() => url('posts/:abbrlink/')).toThrow(/"Blog\/Setting\/hexo-blog".*:abbrlink/);
    expect(() => url('posts/:abbrlink/', { fields: { abbrlink: ['x'] } })).toThrow(/single value/);
    expect(() => url('posts/:abbrlink/', { fields: { abbrlink: '' } })).toThrow(/:abbrlink is empty/);
  });

  it('lets built-in variables win over front-matter fields of the same name', () => {
    expect(url(':title/', { fields: { title: 'Front', slug: 'other' } })).toBe('/Blog/Setting/hexo-blog/');
  });

  it.each([
    ['custom/path', '/custom/path'],
    ['/custom/path/', '/custom/path/'],
    ['//about.html', '/about.html'],
    [':year/literal', '/:year/literal'],
  ])("uses the post's own permalink %s literally", (permalink, expected) => {
    expect(url(':year/:title/', { fields: { permalink } })).toBe(expected);
  });

  it('adds a slash for post_asset_folder unless the path ends in / or .html', () => {
    const asset = { postAssetFolder: true };
    expect(url('posts/:name', {}, asset)).toBe('/posts/hexo-blog/');
    expect(url('posts/:name.html', {}, asset)).toBe('/posts/hexo-blog.html');
    expect(url(':title', { fields: { permalink: 'own/path' } }, asset)).toBe('/own/path/');
  });

  it('keeps CJK titles and subfolders raw, in NFC', () => {
    const nfd = '한글'.normalize('NFD');
    expect(url(':title/', { title: `메모/${nfd}` })).toBe('/메모/한글/');
    expect(url(':name/', { name: 'こんにちは世界' })).toBe('/こんにちは世界/');
    expect(url(':post_title/', { postTitle: '你好，世界 Hello' })).toBe('/你好-世界-hello/');
    expect(url(':title/', { title: '日本語/ノート/最初' })).toBe('/日本語/ノート/最初/');
  });

  it('joins the category path, or uses the default category', () => {
    expect(url(':category/:name/', { categories: ['Dev Notes', 'Next.js', 'App Router'] })).toBe(
      '/dev-notes/next.js/app-router/hexo-blog/',
    );
    expect(url(':category/:name/', { categories: [] })).toBe('/uncategorized/hexo-blog/');
  });

  it.each([
    [':title/', { title: 'a/../b' }, /"\.\."/],
    [':title/', { title: 'a/./b' }, /"\.\."/],
    [':title/', { title: 'what?' }, /"\?" or "#"/],
    [':title/', { title: 'c#' }, /"\?" or "#"/],
    [':title/', { title: 'a//b' }, /"\/\/"/],
    [':title/', { title: '' }, /:title is empty/],
    ['x', { fields: { permalink: '/' } }, /site root/],
  ])('refuses %s with %j', (pattern, overrides, message) => {
    expect(() => url(pattern, overrides)).toThrow(message);
    expect(() => url(pattern, overrides)).toThrow(/^permalink of post "/);
  });
});

describe('permalinkStyle', () => {
  it.each([
    ['/2025/01/01/hexo-blog/', 'slash'],
    ['/posts/hexo-blog.html', 'html'],
    ['/posts/hexo-blog', 'plain'],
    ['/posts/node.js', 'plain'],
  ] as const)('%s is %s', (path, style) => expect(permalinkStyle(path)).toBe(style));
});

describe('checkPermalinkPattern', () => {
  it.each([':year/:month/:day/:title/', ':year:month:day/:name.html', 'posts/:abbrlink/', ':hash', '/:post_title'])(
    'accepts %s',
    (pattern) => expect(checkPermalinkPattern(pattern)).toBeUndefined(),
  );
  it.each([
    ['', /empty/],
    ['  ', /empty/],
    [':year/:month/', /share a URL/],
    [':category/:timestamp/', /share a URL/],
    ['posts/:title?x=1', /"\?" or "#"/],
    ['posts//:title', /"\/\/"/],
    ['../:title', /"\.\."/],
    [':title.php', /"\.php"/],
  ])('rejects %j', (pattern, message) => expect(checkPermalinkPattern(pattern)).toMatch(message));
});

// Hexo itself, on the same posts. Intended differences, spelled out:
// - Hexo formats dates in the machine's zone (moment's local time; `timezone` only shifts how
//   front-matter dates are parsed). We read `options.timeZone`; here it is the machine's zone,
//   so this table runs under each TZ of the unit-test matrix.
// - Hexo's path has no leading slash (unless a post's own permalink has one); ours always has one.
// - Hexo's `:category` names the category created last in its database among the post's; for one
//   path that is its deepest category, which is what this table uses.
// - With our slugify, `:category` is lower-cased and symbols are spelled out; here we pass Hexo's.
interface HexoDoc {
  _id: string;
  path: string;
  setCategories(cats: (string | string[])[]): Promise<unknown>;
}
interface HexoLike {
  config: Record<string, unknown>;
  init(): Promise<void>;
  exit(): Promise<void>;
  model(name: 'Post'): { insert(data: object): Promise<HexoDoc>; findById(id: string): HexoDoc };
}

describe('the same paths as Hexo 8', () => {
  const { slugize } = require('hexo-util') as { slugize: (text: string) => string };
  const localZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  let dir = '';
  let hexo: HexoLike;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hexo-permalink-'));
    const Hexo = require('hexo') as new (base: string, args: object) => HexoLike;
    hexo = new Hexo(dir, { silent: true });
    await hexo.init();
  });
  afterAll(async () => {
    await hexo?.exit();
    rmSync(dir, { recursive: true, force: true });
  });

  const posts: PermalinkPost[] = [
    post({ fields: { abbrlink: 'a1b2' } }),
    post({
      title: '日本語/こんにちは',
      name: 'こんにちは',
      postTitle: 'こんにちは 世界!',
      categories: [],
      fields: { abbrlink: 'x' },
    }),
    post({
      title: '你好世界',
      name: '你好世界',
      postTitle: 'Hello, 世界',
      categories: ['技术'],
      fields: { abbrlink: 42 },
    }),
    post({ date: new Date('2025-11-02T09:30:00Z'), categories: ['Web Dev', 'React.js'], fields: { abbrlink: 7 } }),
    post({ date: new Date('2025-03-09T10:00:07Z'), fields: { permalink: 'custom/path', abbrlink: 1 } }),
    post({ fields: { permalink: '/own/path.html', abbrlink: 2 } }),
  ];
  const patterns = [
    ':year/:month/:day/:title/',
    ':year/:i_month/:i_day/:name.html',
    ':category/:post_title/',
    'posts/:abbrlink/',
    ':hash/',
    ':timestamp-:hour:minute:second/:name',
    'posts/:name',
  ];

  it.each(patterns.flatMap((pattern) => [false, true].map((assets) => [pattern, assets] as const)))(
    '%s (post_asset_folder: %s)',
    async (pattern, postAssetFolder) => {
      Object.assign(hexo.config, { permalink: pattern, post_asset_folder: postAssetFolder });
      const Post = hexo.model('Post');
      for (const [i, p] of posts.entries()) {
        const { permalink, ...fields } = p.fields;
        const doc = await Post.insert({
          ...fields,
          source: `_posts/${pattern.length}-${postAssetFolder}-${i}.md`,
          slug: p.title,
          title: p.postTitle,
          date: p.date,
          ...(permalink ? { __permalink: permalink } : {}),
        });
        await doc.setCategories([...p.categories]);
        const theirs = `/${Post.findById(doc._id).path.replace(/^\/+/, '')}`;
        const ours = permalinkPath(pattern, p, { ...options, timeZone: localZone, slugify: slugize, postAssetFolder });
        expect(ours, `post ${i}`).toBe(theirs);
      }
    },
  );

  it('differs on purpose: Hexo writes "undefined" for a missing variable, we throw', async () => {
    Object.assign(hexo.config, { permalink: 'posts/:abbrlink/', post_asset_folder: false });
    const doc = await hexo.model('Post').insert({ source: '_posts/missing.md', slug: 'missing', date: SEOUL_NEW_YEAR });
    expect(hexo.model('Post').findById(doc._id).path).toBe('posts/undefined/');
    expect(() => url('posts/:abbrlink/', { title: 'missing' })).toThrow(/:abbrlink/);
  });

  it('differs on purpose: with two category paths Hexo takes the category created last', async () => {
    Object.assign(hexo.config, { permalink: ':category/:title/', post_asset_folder: false });
    const Post = hexo.model('Post');
    const doc = await Post.insert({ source: '_posts/two-paths.md', slug: 'two', date: SEOUL_NEW_YEAR });
    await doc.setCategories([['Fresh A', 'Fresh B'], ['Fresh C']]);
    expect(Post.findById(doc._id).path).toBe('Fresh-C/two/');
    // We name the path the caller passes (the post's first), never an accident of build order.
    expect(url(':category/:title/', { title: 'two', categories: ['Fresh A', 'Fresh B'] }, { slugify: slugize })).toBe(
      '/Fresh-A/Fresh-B/two/',
    );
  });
});
