import { describe, expect, it } from 'vitest';

import { parseSiteSettings } from './site-settings';

describe('parseSiteSettings', () => {
  it('fills in the defaults around a title', () => {
    expect(parseSiteSettings('title: 블로그\n', 'site.config.yml')).toEqual({
      title: '블로그',
      subtitle: '',
      description: '',
      author: '',
      language: 'ko',
      timeZone: 'Asia/Seoul',
      url: 'http://localhost:3000',
      root: '/',
      permalink: 'posts/:name',
      legacyPermalink: undefined,
      newPostName: ':title.md',
      postsPerPage: 10,
      archivePostsPerPage: 100,
      postAssetFolder: true,
      defaultCategory: 'uncategorized',
      menu: [],
      keepTags: [],
      future: true,
      license: undefined,
      verification: {},
    });
  });

  it('reads every key under its Hexo name', () => {
    const settings = parseSiteSettings(
      [
        'title: Blog',
        'language: zh-CN',
        'timezone: Asia/Shanghai',
        'per_page: 5',
        'archive_per_page: 50',
        'new_post_name: :year-:month-:day-:title.md',
        'menu: [/about/, 소개]',
        'keep_tags: tabs',
        'post_asset_folder: false',
        'future: false',
        'license: CC BY-NC-SA 4.0',
        'google_site_verification: g-123_abc',
        'naver_site_verification: 0a1b2c3d',
        'bing_site_verification: B1NG',
        "daum_site_verification: '#DaumWebMasterTool:9f8e:blogowner'",
      ].join('\n'),
      'site.config.yml',
    );
    expect(settings).toMatchObject({
      language: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      postsPerPage: 5,
      archivePostsPerPage: 50,
      newPostName: ':year-:month-:day-:title.md',
      menu: ['about', '소개'],
      keepTags: ['tabs'],
      postAssetFolder: false,
      future: false,
      license: { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
      verification: { google: 'g-123_abc', naver: '0a1b2c3d', bing: 'B1NG', daum: '9f8e:blogowner' },
    });
  });

  it.each([
    ['description: x', /site\.config\.yml: "title" is required/],
    ['title: a\ntimezone: Seoul', /"timezone" "Seoul" is not an IANA time zone/],
    ['title: a\npermalink: :year/:month/', /"permalink" .*no variable that differs from post to post/],
    ['title: a\nper_page: 0', /"per_page" must be a whole number of at least 1, not 0/],
    ['title: a\nper_page: ten', /"per_page" must be a whole number/],
    ['title: a\npost_asset_folder: yes please', /"post_asset_folder" must be true or false/],
    ["title: a\nnaver_site_verification: '\"><script>'", /"naver_site_verification" must be the code/],
    ['title: a\nlicense: MIT', /"license" "MIT" is not a licence this site knows/],
    ['title: a\nfuture: later', /"future" must be true or false/],
    ['title: a\nmenu: [[about]]', /"menu" must be a list of names/],
    ['title: [a, b]', /"title" must be text/],
    ['- just\n- a list', /must be a mapping/],
    ['title: "unclosed', /not valid YAML/],
  ])('names the file and key in %j', (text, message) => {
    expect(() => parseSiteSettings(text, 'site.config.yml')).toThrow(message);
  });
});
