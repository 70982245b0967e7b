import { describe, expect, it } from 'vitest';

import { mapLanguage, NO_PAGINATION, settingsFromHexo } from './config';
import { mergeSettings } from './settings-file';

describe('mapLanguage', () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['ja-JP', 'ja'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['zh-Hans', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
  ])('%s → %s', (hexo, ours) => {
    expect(mapLanguage(hexo)).toEqual({ language: ours });
  });

  it('takes the first of a list', () => {
    expect(mapLanguage(['zh-Hant', 'en'])).toEqual({ language: 'zh-TW' });
  });

  it.each([['default'], [''], [undefined], ['fr']])('%s → en, with a note', (hexo) => {
    const { language, note } = mapLanguage(hexo);
    expect(language).toBe('en');
    expect(note).toMatch(/^language: .*; en taken$/);
  });
});

describe('settingsFromHexo', () => {
  const hexo = {
    title: '한글 블로그',
    subtitle: '',
    author: '홍길동',
    language: 'ko',
    timezone: 'Asia/Seoul',
    url: 'https://blog.example.com/',
    root: '/',
    permalink: ':year/:month/:day/:title/',
    new_post_name: ':year-:month-:day-:title.md',
    per_page: 10,
    post_asset_folder: true,
    default_category: 'uncategorized',
  };

  it('takes every key, the url without its trailing slash', () => {
    const { settings, notes } = settingsFromHexo(hexo);
    expect(settings).toEqual({ ...hexo, url: 'https://blog.example.com' });
    expect(notes).toEqual([]);
  });

  it.each([
    ['ko', 'Asia/Seoul'],
    ['ja', 'Asia/Tokyo'],
    ['zh-CN', 'Asia/Shanghai'],
    ['zh-TW', 'Asia/Taipei'],
    ['en', 'UTC'],
  ])("guesses the time zone of Hexo's empty timezone from the language %s: %s", (language, zone) => {
    const { settings, notes } = settingsFromHexo({ ...hexo, language, timezone: '' });
    expect(settings.timezone).toBe(zone);
    expect(notes.join('\n')).toContain(
      `timezone: empty in _config.yml (Hexo used the machine's zone); guessed ${zone}`,
    );
  });

  it('guesses on an unknown time zone too', () => {
    expect(settingsFromHexo({ ...hexo, timezone: 'Mars/Olympus' }).notes[0]).toMatch(/"Mars\/Olympus" is not an IANA/);
  });

  it('maps per_page: 0 (no pagination) to one page of every post, and says so', () => {
    const { settings, notes } = settingsFromHexo({ ...hexo, per_page: 0 });
    expect(settings.per_page).toBe(NO_PAGINATION);
    expect(notes).toEqual([expect.stringContaining('per_page: 0 (no pagination in Hexo)')]);
  });

  it("takes Hexo's defaults for URL and file keys it leaves out, and no text it leaves out", () => {
    const { settings, notes } = settingsFromHexo({ title: 'T' });
    expect(settings).toEqual({
      title: 'T',
      language: 'en',
      timezone: 'UTC',
      root: '/',
      permalink: ':year/:month/:day/:title/',
      new_post_name: ':title.md',
      per_page: 10,
      post_asset_folder: false,
      default_category: 'uncategorized',
    });
    expect(notes).toContain("permalink: not in _config.yml; Hexo's default :year/:month/:day/:title/ taken");
  });

  it("takes `future` when the blog set it, and leaves Hexo's default (true, ours too) unwritten", () => {
    expect(settingsFromHexo({ title: 'T', future: false }).settings.future).toBe(false);
    expect(settingsFromHexo({ title: 'T', future: true }).settings.future).toBe(true);
    expect(settingsFromHexo({ title: 'T', future: 'no' }).settings).not.toHaveProperty('future');
  });
});

describe('mergeSettings', () => {
  const existing = `# Our settings.
title: 옛 이름
# Interface language.
language: ko
timezone: Asia/Seoul
per_page: 10
archive_per_page: 50
keep_tags: [tabs]
menu: [links]
extra: kept
`;

  it('takes the Hexo values, keeps other keys and comments, lists what changed, appends new pages to the menu', () => {
    const merged = mergeSettings(existing, { title: '새 이름', language: 'ko', per_page: 20 }, ['tags-page', 'about']);
    expect(merged.changes).toEqual([
      { key: 'title', before: '옛 이름', after: '새 이름' },
      { key: 'per_page', before: 10, after: 20 },
      { key: 'menu', before: ['links'], after: ['links', 'about', 'tags-page'] },
    ]);
    expect(merged.text).toBe(`# Our settings.
title: 새 이름
# Interface language.
language: ko
timezone: Asia/Seoul
per_page: 20
archive_per_page: 50
keep_tags: [tabs]
menu: [links, about, tags-page]
extra: kept
`);
  });

  it('returns the text untouched when nothing changes', () => {
    const merged = mergeSettings(existing, { title: '옛 이름', per_page: 10 }, ['links']);
    expect(merged).toEqual({ text: existing, changes: [] });
  });

  it('writes a new file with every key and a comment on each', () => {
    const { text } = mergeSettings(undefined, settingsFromHexo({ title: '블로그', language: 'ko' }).settings, [
      'about',
    ]);
    expect(text).toContain(
      "# The site's name, in the header, the title bar and the feeds (required).\ntitle: 블로그\n",
    );
    expect(text).toContain('menu:\n  - about\n');
    expect(text).toContain('archive_per_page: 100\n');
    expect(text).toContain('keep_tags: []\n');
  });
});
