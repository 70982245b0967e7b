import { describe, expect, it } from 'vitest';

import { interfaceLanguage, interfaceLanguages, localeFor } from './locale';

describe('interfaceLanguage', () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['ko_kr', 'ko'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['ja_jp', 'ja'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-hant', 'zh-TW'],
    // The script wins over the region.
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-Hant-CN', 'zh-TW'],
    [' ja ', 'ja'],
  ])('reads %j as %s', (tag, language) => {
    expect(interfaceLanguage(tag)).toBe(language);
  });

  it.each(['fr', 'de-DE', 'default', '', 'kor', 'jp', 'cn'])('falls back to English for %j', (tag) => {
    expect(interfaceLanguage(tag)).toBe('en');
  });

  it('maps each interface language to itself', () => {
    for (const language of interfaceLanguages) expect(interfaceLanguage(language)).toBe(language);
  });
});

describe('localeFor', () => {
  it.each([
    ['ko', 'ko-KR'],
    ['ko-KR', 'ko-KR'],
    ['en', 'en-US'],
    ['ja', 'ja-JP'],
    ['ja-JP', 'ja-JP'],
    ['zh-CN', 'zh-CN'],
    ['zh_cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['fr', 'en-US'],
  ])('gives %j the locale %s', (tag, locale) => {
    expect(localeFor(tag)).toBe(locale);
  });

  it('gives locales that Intl knows', () => {
    const locales = interfaceLanguages.map(localeFor);
    expect(Intl.DateTimeFormat.supportedLocalesOf(locales)).toEqual(locales);
  });
});
