import { describe, expect, it } from 'vitest';

import { buildPostIndex } from '../post-index';
import { siteConfig } from '../site';
import { sourcePost as source } from '../test-fixtures';

import { textLanguage, titleFontSize } from './card';
import { ogImages } from './cards';

const site = siteConfig(
  'title: 한글 블로그\ndescription: 생각과 기록\nlanguage: ko\ntimezone: Asia/Seoul\nurl: https://blog.example.com\nauthor: 주인\n',
  'site.config.yml',
);

describe('ogImages', () => {
  const index = buildPostIndex([
    // 00:30 on January 1 in Seoul is still December 31 in UTC: the card says January 1.
    source('새해', {
      displayTitle: '새해 첫 글',
      publishedAt: '2024-12-31T15:30:00.000Z',
      tagNames: ['React', '소식'],
    }),
    source('web', { categoryPaths: [['개발', '웹']], tagNames: ['react'] }),
    source('draft', { isPublished: false, tagNames: ['비밀'] }),
  ]);
  const images = ogImages(index, site);
  const urls = images.map((image) => decodeURI(image.url));

  it('has one image per post, tag, category, archive period and the site', () => {
    expect(urls).toEqual([
      '/og/index.png',
      '/og/posts/web.png',
      '/og/posts/새해.png',
      '/og/tags/react.png',
      '/og/tags/소식.png',
      '/og/categories/개발.png',
      '/og/categories/개발/웹.png',
      '/og/archives.png',
      '/og/archives/2025.png',
      '/og/archives/2025/01.png',
    ]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("shows a post's title, date in the site's zone and tags", () => {
    const card = images.find((image) => decodeURI(image.url) === '/og/posts/새해.png')!.card;
    expect(card).toEqual({
      siteTitle: '한글 블로그',
      language: 'ko',
      title: '새해 첫 글',
      detail: '2025년 1월 1일',
      tags: ['React', '소식'],
    });
  });

  it('labels listings and counts their posts', () => {
    const category = images.find((image) => decodeURI(image.url) === '/og/categories/개발/웹.png')!.card;
    expect(category).toMatchObject({ label: '카테고리', title: '개발 › 웹', detail: '글 1개' });
    const tag = images.find((image) => image.url === '/og/tags/react.png')!.card;
    expect(tag).toMatchObject({ label: '태그', title: '#React', detail: '글 2개' });
  });
});

describe('textLanguage', () => {
  it('tells Japanese by kana, Korean by Hangul, Chinese by Han alone', () => {
    expect(textLanguage('東京の旅行記', 'ko')).toBe('ja-JP');
    expect(textLanguage('韓國 역사', 'ko')).toBe('ko-KR');
    expect(textLanguage('简体中文', 'ko')).toBe('zh-CN');
    expect(textLanguage('Hello', 'ko')).toBe('ko');
  });
});

describe('titleFontSize', () => {
  it('shrinks as the title grows, counting a CJK character as two Latin letters', () => {
    expect(titleFontSize('서울의 봄')).toBe(84);
    expect(titleFontSize('a'.repeat(40))).toBe(72);
    expect(titleFontSize('가'.repeat(40))).toBe(60);
    expect(titleFontSize('가'.repeat(80))).toBe(52);
  });
});
