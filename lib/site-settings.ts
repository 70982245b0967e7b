import { parse } from 'yaml';

import { parseLicense, type License } from './content/license';
import { readAnalyticsSettings, type AnalyticsSettings } from './analytics/settings';
import { readCommentsSettings, type CommentsSettings } from './comments/settings';
import { isTimeZone } from './dates';
import { checkPermalinkPattern } from './permalink';

/** A wrong value in the settings file, reported with the file and the key. */
export class SettingsError extends Error {
  constructor(file: string, key: string, problem: string) {
    super(`${file}: "${key}" ${problem}`);
    this.name = 'SettingsError';
  }
}

/** What a writer configures, as read from the settings file (`site.config.yml`): Hexo's keys, camel-cased. */
export interface SiteSettings {
  title: string;
  subtitle: string;
  description: string;
  author: string;
  /** BCP 47 language of the site and its interface text. */
  language: string;
  /** IANA time zone in which front-matter dates without an offset are read and shown. */
  timeZone: string;
  /** The `url` key: the absolute base URL, unchecked (`SITE_URL` may replace it). */
  url: string;
  root: string;
  /** Hexo's post URL pattern (`:year/:month/:day/:title/`). */
  permalink: string;
  /** The pattern posts had before `permalink` changed: each post's old URL redirects to its new one. */
  legacyPermalink?: string;
  /** Hexo's `new_post_name`: date parts in it are read back from file names. */
  newPostName: string;
  postsPerPage: number;
  archivePostsPerPage: number;
  postAssetFolder: boolean;
  defaultCategory: string;
  /** Page paths linked from the header, in order (`about`). */
  menu: string[];
  /** Unknown Hexo tags whose inner text is kept. */
  keepTags: string[];
  /** Hexo's `future`: when false, posts dated after the build are built nowhere, like drafts. */
  future: boolean;
  /** The licence of every post that names none of its own (`license:`). */
  license?: License;
  /** Codes that prove to search engines' webmaster tools that the site is the writer's. */
  verification: SiteVerification;
  /** Comments under posts (giscus or utterances); off when absent. */
  comments?: CommentsSettings;
  /** Page-view analytics (Umami, Plausible or GA4); off when absent. */
  analytics?: AnalyticsSettings;
}

/**
 * The `*_site_verification` keys (as Hexo's NexT theme names them): Google Search Console, Naver
 * Search Advisor and Bing Webmaster Tools read a `<meta>` tag; Daum's webmaster tool reads its
 * PIN code from robots.txt.
 */
export interface SiteVerification {
  google?: string;
  naver?: string;
  bing?: string;
  daum?: string;
}

const DEFAULTS: Omit<SiteSettings, 'title'> = {
  subtitle: '',
  description: '',
  author: '',
  language: 'ko',
  timeZone: 'Asia/Seoul',
  url: 'http://localhost:3000',
  root: '/',
  permalink: 'posts/:name',
  newPostName: ':title.md',
  postsPerPage: 10,
  archivePostsPerPage: 100,
  postAssetFolder: true,
  defaultCategory: 'uncategorized',
  menu: [],
  keepTags: [],
  future: true,
  verification: {},
};

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Reads the YAML text of the settings file, naming the file and key of the first wrong value. */
export function parseSiteSettings(source: string, file: string): SiteSettings {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (isBlank(data)) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: must be a mapping of keys to values`);
  const fields = data as Record<string, unknown>;

  const readText = (key: string, fallback?: string): string => {
    const value = fields[key];
    if (isBlank(value)) {
      if (fallback === undefined) throw new SettingsError(file, key, 'is required');
      return fallback;
    }
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') throw new SettingsError(file, key, `must be text, not ${JSON.stringify(value)}`);
    return value.trim();
  };
  const count = (key: string, fallback: number): number => {
    const value = fields[key];
    if (isBlank(value)) return fallback;
    if (!Number.isInteger(value) || (value as number) < 1) {
      throw new SettingsError(file, key, `must be a whole number of at least 1, not ${JSON.stringify(value)}`);
    }
    return value as number;
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const value = fields[key];
    if (isBlank(value)) return fallback;
    if (typeof value !== 'boolean')
      throw new SettingsError(file, key, `must be true or false, not ${JSON.stringify(value)}`);
    return value;
  };
  const list = (key: string): string[] => {
    const value = fields[key];
    if (isBlank(value)) return [];
    const entries = Array.isArray(value) ? value : [value];
    return entries.map((entry) => {
      if (typeof entry !== 'string' || !entry.trim()) {
        throw new SettingsError(file, key, `must be a list of names, found ${JSON.stringify(entry)}`);
      }
      return entry.trim().normalize('NFC');
    });
  };

  // What a webmaster tool hands out: letters, digits and a few marks, never markup or a line break.
  const code = (key: string, prefix?: RegExp): string | undefined => {
    const value = prefix ? readText(key, '').replace(prefix, '') : readText(key, '');
    if (!value) return undefined;
    if (!/^[\w.:=+/-]+$/.test(value)) {
      throw new SettingsError(
        file,
        key,
        `must be the code the webmaster tool gives (letters, digits, - _ . : = + /), not "${value}"`,
      );
    }
    return value;
  };

  const readLicense = () => {
    try {
      return parseLicense(fields.license);
    } catch (error) {
      throw new SettingsError(file, 'license', (error as Error).message);
    }
  };

  const complain = (key: string, problem: string): never => {
    throw new SettingsError(file, key, problem);
  };

  const timeZone = readText('timezone', DEFAULTS.timeZone);
  if (!isTimeZone(timeZone))
    throw new SettingsError(file, 'timezone', `"${timeZone}" is not an IANA time zone (e.g. Asia/Seoul)`);

  const pattern = (key: string, fallback: string) => {
    const value = readText(key, fallback);
    const problem = value && checkPermalinkPattern(value);
    if (problem) throw new SettingsError(file, key, problem);
    return value;
  };

  return {
    title: readText('title'),
    subtitle: readText('subtitle', DEFAULTS.subtitle),
    description: readText('description', DEFAULTS.description),
    author: readText('author', DEFAULTS.author),
    language: readText('language', DEFAULTS.language),
    timeZone,
    url: readText('url', DEFAULTS.url),
    root: readText('root', DEFAULTS.root),
    permalink: pattern('permalink', DEFAULTS.permalink),
    legacyPermalink: pattern('legacy_permalink', '') || undefined,
    newPostName: readText('new_post_name', DEFAULTS.newPostName),
    postsPerPage: count('per_page', DEFAULTS.postsPerPage),
    archivePostsPerPage: count('archive_per_page', DEFAULTS.archivePostsPerPage),
    postAssetFolder: flag('post_asset_folder', DEFAULTS.postAssetFolder),
    defaultCategory: readText('default_category', DEFAULTS.defaultCategory),
    menu: list('menu').map((entry) => entry.replace(/^\/+|\/+$/g, '')),
    keepTags: list('keep_tags'),
    future: flag('future', DEFAULTS.future),
    license: readLicense(),
    verification: {
      google: code('google_site_verification'),
      naver: code('naver_site_verification'),
      bing: code('bing_site_verification'),
      // Daum shows the whole robots.txt line (`#DaumWebMasterTool:…`); its code is what follows.
      daum: code('daum_site_verification', /^#?DaumWebMasterTool:/i),
    },
    comments: readCommentsSettings(fields.comments, complain),
    analytics: readAnalyticsSettings(fields.analytics, complain),
  };
}
