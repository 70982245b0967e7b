import { describe, expect, it } from 'vitest';

import { formatYear, formatYearMonth } from './dates';
import { interfaceLanguages, localeFor } from './locale';
import { type Messages, messagesFor } from './messages';

type MessageFunctions = { [K in keyof Messages as Messages[K] extends string ? never : K]: Messages[K] };

// Arguments for every message that takes some: a new one fails the type check until it has a sample.
const samples: { [K in keyof MessageFunctions]: Parameters<MessageFunctions[K]> } = {
  postsTagged: ['TypeScript'],
  postsInCategory: ['Notes'],
  tagDescription: ['TypeScript', 1234],
  categoryDescription: ['Notes', 1234],
  archiveDescription: ['2025', 1234],
  postCount: [1234],
  pageOf: [2, 5],
  searchResults: [1234],
  archiveOf: ['2025'],
  archiveOverviewCount: [1234],
  readingTime: [3],
  embedTitle: ['YouTube'],
  seriesTitle: ['한글 검색 만들기'],
  seriesDescription: ['한글 검색 만들기', 1234],
  seriesPartCount: [1234],
  seriesPosition: [2, 4],
};

/** Every message of a language as the text a reader sees. */
function rendered(messages: Messages): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => {
      if (typeof value === 'string') return [key, value];
      const args = samples[key as keyof MessageFunctions] as unknown[];
      return [key, (value as (...args: unknown[]) => string)(...args)];
    }),
  );
}

const english = rendered(messagesFor('en'));

describe('the catalog', () => {
  it.each(interfaceLanguages)('has every message in %s, none of them empty', (language) => {
    const texts = rendered(messagesFor(language));
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim(), `${language}.${key}`).not.toBe('');
      expect(text, `${language}.${key}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it.each(['ja', 'zh-CN', 'zh-TW'])('translates every message into %s', (language) => {
    const texts = rendered(messagesFor(language));
    const untranslated = Object.keys(texts).filter((key) => texts[key] === english[key]);
    // A count in parentheses reads the same in every language.
    expect(untranslated).toEqual(['archiveOverviewCount']);
  });

  it.each(interfaceLanguages)('formats counts with the digit grouping of %s', (language) => {
    const texts = rendered(messagesFor(language));
    for (const key of ['tagDescription', 'categoryDescription', 'archiveDescription', 'postCount', 'searchResults']) {
      expect(texts[key], `${language}.${key}`).toContain((1234).toLocaleString(localeFor(language)));
    }
  });

  it.each([
    ['ja', ['タグ', 'カテゴリー', 'アーカイブ', '検索']],
    ['zh-CN', ['标签', '分类', '归档', '搜索']],
    ['zh-TW', ['標籤', '分類', '歸檔', '搜尋']],
  ])('names tags, categories, archives and search as %s readers expect', (language, names) => {
    const { tags, categories, archives, search } = messagesFor(language);
    expect([tags, categories, archives, search]).toEqual(names);
  });

  it('writes counts, pages and reading times as Japanese and Chinese readers do', () => {
    const ja = messagesFor('ja');
    const zhCN = messagesFor('zh-CN');
    const zhTW = messagesFor('zh-TW');
    expect(ja.postCount(1234)).toBe('1,234件の記事');
    expect(ja.pageOf(2, 5)).toBe('2 / 5 ページ');
    expect(ja.readingTime(3)).toBe('3分で読めます');
    expect(zhCN.postCount(1234)).toBe('1,234 篇文章');
    expect(zhCN.pageOf(2, 5)).toBe('第 2 页，共 5 页');
    expect(zhCN.readingTime(3)).toBe('阅读时长 3 分钟');
    expect(zhTW.postCount(1234)).toBe('1,234 篇文章');
    expect(zhTW.pageOf(2, 5)).toBe('第 2 頁，共 5 頁');
    expect(zhTW.readingTime(3)).toBe('閱讀時間 3 分鐘');
  });

  it('titles archive pages with the period as each locale writes it', () => {
    const archiveOf = (language: string, year: number, month?: number) => {
      const locale = localeFor(language);
      const period = month === undefined ? formatYear(year, locale) : formatYearMonth(year, month, locale);
      return messagesFor(language).archiveOf(period);
    };
    expect(archiveOf('ja', 2025, 1)).toBe('2025年1月の記事');
    expect(archiveOf('zh-CN', 2025, 1)).toBe('2025年1月的文章');
    expect(archiveOf('zh-TW', 2025)).toBe('2025年的文章');
    expect(archiveOf('ko', 2025, 1)).toBe('2025년 1월의 글');
  });

  // Characters that exist in one script only: a Simplified one in Traditional text is a slip, and
  // the other way round.
  const simplifiedOnly = /[签类档页间读关复们这个载录览开无结时钟题转导单从对发过还试请应该显选择击网]/u;
  const traditionalOnly = /[籤類檔頁間讀關複們這個載錄覽開無結時鐘題轉導單從對發過還試請應該顯選擇擊網]/u;

  it('writes Simplified Chinese in Simplified characters only', () => {
    for (const [key, text] of Object.entries(rendered(messagesFor('zh-CN')))) {
      expect(text, key).not.toMatch(traditionalOnly);
    }
  });

  it('writes Traditional Chinese in Traditional characters only', () => {
    for (const [key, text] of Object.entries(rendered(messagesFor('zh-TW')))) {
      expect(text, key).not.toMatch(simplifiedOnly);
    }
  });
});

describe('messagesFor', () => {
  it.each([
    ['ko', '태그'],
    ['ko-KR', '태그'],
    ['en', 'Tags'],
    ['ja', 'タグ'],
    ['ja-JP', 'タグ'],
    ['zh-CN', '标签'],
    ['zh-cn', '标签'],
    ['zh_CN', '标签'],
    ['zh-Hans', '标签'],
    ['zh-TW', '標籤'],
    ['zh-tw', '標籤'],
    ['zh-HK', '標籤'],
    ['zh-Hant', '標籤'],
    ['fr', 'Tags'],
    ['', 'Tags'],
  ])('gives %j the tags label %j', (language, tags) => {
    expect(messagesFor(language).tags).toBe(tags);
  });

  it('gives the same entry for every spelling of a language', () => {
    expect(messagesFor('zh_cn')).toBe(messagesFor('zh-CN'));
    expect(messagesFor('zh-Hant-HK')).toBe(messagesFor('zh-TW'));
    expect(messagesFor('de')).toBe(messagesFor('en'));
  });
});
