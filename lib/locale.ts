/** The languages the interface text is written in, one `catalog` entry each in `lib/messages.ts`. */
export const interfaceLanguages = ['ko', 'en', 'ja', 'zh-CN', 'zh-TW'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

// One locale per interface language, so dates and numbers read as the text around them does.
const locales: Record<InterfaceLanguage, string> = {
  ko: 'ko-KR',
  en: 'en-US',
  ja: 'ja-JP',
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
};

// Chinese written without a script subtag: these regions write Traditional characters.
const traditionalRegions = new Set(['tw', 'hk', 'mo']);

/**
 * The interface language for a site's BCP 47 language tag, as Hexo's `_config.yml` spells it:
 * case and `_` for `-` do not matter (`zh_CN`, `zh-hant`, `ja-JP`). Chinese goes by its script
 * subtag (`zh-Hans`, `zh-Hant`), else by its region (`zh-TW`, `zh-HK` and `zh-MO` are
 * Traditional, the rest Simplified). Any other language gets English.
 */
export function interfaceLanguage(language: string): InterfaceLanguage {
  const [primary, ...subtags] = language.trim().toLowerCase().split(/[-_]/);
  switch (primary) {
    case 'ko':
      return 'ko';
    case 'ja':
      return 'ja';
    case 'zh':
      if (subtags.includes('hant')) return 'zh-TW';
      if (subtags.includes('hans')) return 'zh-CN';
      return subtags.some((subtag) => traditionalRegions.has(subtag)) ? 'zh-TW' : 'zh-CN';
    default:
      return 'en';
  }
}

/**
 * The locale in which to format dates and numbers for a site's language tag (`ko` → `ko-KR`,
 * `zh_tw` → `zh-TW`): the locale of its interface language, so an English fallback interface
 * shows English dates too.
 */
export function localeFor(language: string): string {
  return locales[interfaceLanguage(language)];
}
