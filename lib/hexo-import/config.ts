import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { isTimeZone } from '../dates';

/** The interface languages the site has. */
export type Language = 'ko' | 'en' | 'ja' | 'zh-CN' | 'zh-TW';

/** The settings that come from Hexo's `_config.yml`, under our settings file's keys. */
export interface TakenSettings {
  title: string;
  subtitle: string;
  description: string;
  author: string;
  language: Language;
  timezone: string;
  url: string;
  root: string;
  permalink: string;
  new_post_name: string;
  per_page: number;
  post_asset_folder: boolean;
  default_category: string;
  /** Hexo's `future`, when the blog set it (Hexo's default and ours are both true). */
  future: boolean;
  /** From the theme's settings (lib/hexo-import/theme-services.ts). */
  comments?: Record<string, unknown>;
  analytics?: Record<string, unknown>;
}

/** What `_config.yml` gave, and a line for each value the import had to guess or translate. */
export interface HexoSettings {
  /** The keys `_config.yml` settles; text keys it does not have are left out (the file keeps its own). */
  settings: Partial<TakenSettings>;
  notes: string[];
}

/** `per_page: 0` turns Hexo's pagination off; the site always paginates, so one page holds them all. */
export const NO_PAGINATION = 100000;

// Keys that change URLs, file names or listings: when _config.yml leaves them out, the Hexo blog
// ran on Hexo's defaults, and so must the import.
const HEXO_DEFAULTS = {
  root: '/',
  permalink: ':year/:month/:day/:title/',
  new_post_name: ':title.md',
  per_page: 10,
  post_asset_folder: false,
  default_category: 'uncategorized',
} as const;

const TIME_ZONES: Record<Language, string> = {
  ko: 'Asia/Seoul',
  ja: 'Asia/Tokyo',
  'zh-CN': 'Asia/Shanghai',
  'zh-TW': 'Asia/Taipei',
  en: 'UTC',
};

const LANGUAGES: Record<string, Language> = {
  ko: 'ko',
  'ko-kr': 'ko',
  en: 'en',
  ja: 'ja',
  'ja-jp': 'ja',
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-sg': 'zh-CN',
  'zh-tw': 'zh-TW',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
};

/** Reads `_config.yml` (or `_config.yaml`) of a Hexo site; a missing one is an error naming the folder. */
export function readHexoConfig(siteDir: string): { file: string; data: Record<string, unknown> } {
  const file = ['_config.yml', '_config.yaml'].map((name) => path.join(siteDir, name)).find((f) => existsSync(f));
  if (!file) throw new Error(`${siteDir}: no _config.yml here; give the folder of a Hexo site (with source/)`);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: must be a mapping of keys to values`);
  return { file, data: data as Record<string, unknown> };
}

/** Hexo's `language` (a string or a list: the first counts) as one of ours; `note` says what was guessed. */
export function mapLanguage(value: unknown): { language: Language; note?: string } {
  const first = Array.isArray(value) ? value[0] : value;
  const text = typeof first === 'string' ? first.trim() : '';
  const known = LANGUAGES[text.toLowerCase().replace(/_/g, '-')];
  if (known) return { language: known };
  if (/^en(-|$)/i.test(text)) return { language: 'en' };
  const what = text && text !== 'default' ? `"${text}" is not one the site has` : "Hexo's default";
  return { language: 'en', note: `language: ${what}; en taken` };
}

/** The time zone a blog in `language` most likely ran in, for Hexo's empty `timezone` (the machine's zone). */
export function guessTimeZone(language: Language): string {
  return TIME_ZONES[language];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;

function readPerPage(value: unknown, notes: string[]): number {
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (count === 0) {
    notes.push(`per_page: 0 (no pagination in Hexo) taken as ${NO_PAGINATION}, so one page lists every post`);
    return NO_PAGINATION;
  }
  if (typeof count === 'number' && Number.isInteger(count) && count > 0) return count;
  if (value !== undefined && value !== null) {
    notes.push(`per_page: ${JSON.stringify(value)} is not a number; Hexo's default 10 taken`);
  }
  return HEXO_DEFAULTS.per_page;
}

function readRoot(value: unknown): string {
  const root = text(value) || '/';
  return `/${root.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Maps Hexo's `_config.yml` to our settings' keys, saying what it guessed (language, time zone, pagination). */
export function settingsFromHexo(data: Record<string, unknown>): HexoSettings {
  const notes: string[] = [];
  const settings: Partial<TakenSettings> = {};
  for (const key of ['title', 'subtitle', 'description', 'author'] as const) {
    const value = text(data[key]);
    if (value !== undefined) settings[key] = value;
    else if (data[key] === null) settings[key] = '';
  }

  const { language, note } = mapLanguage(data.language);
  settings.language = language;
  if (note) notes.push(note);

  const zone = text(data.timezone);
  if (zone && isTimeZone(zone)) {
    settings.timezone = zone;
  } else {
    settings.timezone = guessTimeZone(language);
    const why = zone ? `"${zone}" is not an IANA time zone` : "empty in _config.yml (Hexo used the machine's zone)";
    notes.push(`timezone: ${why}; guessed ${settings.timezone} from the language ${language}`);
  }

  const url = text(data.url);
  if (url) settings.url = url.replace(/\/+$/, '');
  settings.root = readRoot(data.root);
  settings.permalink = text(data.permalink) || HEXO_DEFAULTS.permalink;
  settings.new_post_name = text(data.new_post_name) || HEXO_DEFAULTS.new_post_name;
  settings.per_page = readPerPage(data.per_page, notes);
  settings.post_asset_folder =
    typeof data.post_asset_folder === 'boolean' ? data.post_asset_folder : HEXO_DEFAULTS.post_asset_folder;
  settings.default_category = text(data.default_category) || HEXO_DEFAULTS.default_category;
  // A blog that held back future posts keeps doing so (README "Scheduled posts").
  if (typeof data.future === 'boolean') settings.future = data.future;
  for (const key of ['permalink', 'new_post_name', 'post_asset_folder', 'default_category'] as const) {
    if (data[key] === undefined) notes.push(`${key}: not in _config.yml; Hexo's default ${settings[key]} taken`);
  }
  return { settings, notes };
}
