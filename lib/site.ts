import { readFileSync } from 'node:fs';

import { localeFor } from './locale';
import { parseSiteSettings, type SiteSettings } from './site-settings';

/**
 * The site's typed configuration. Everything that depends on the site's identity, language or
 * time zone reads it from here; nothing else hard-codes those values. A writer edits the settings
 * file (`site.config.yml`, or the file `SITE_CONFIG` names), never this module.
 */
export interface SiteConfig extends Omit<SiteSettings, 'url'> {
  /** Locale used to format dates and numbers, from the language (`ko` → `ko-KR`). */
  locale: string;
  /** Absolute base URL without a trailing slash: `SITE_URL` from the environment, else the file's `url`. */
  url: string;
  /** The URL's origin (`https://user.github.io`). */
  origin: string;
  /** The URL's path, where the blog lives on its host: `''` at the root, `/blog` under a sub-path. */
  basePath: string;
  /** Where the settings were read from, for messages. */
  settingsFile: string;
}

/**
 * Parses the base URL once, so a typo in `SITE_URL` fails the build with a clear message
 * instead of producing broken absolute links.
 */
export function parseSiteUrl(value: string | undefined, label = 'SITE_URL'): string {
  const raw = value?.trim() || 'http://localhost:3000';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${label}: "${raw}" is not an absolute URL (expected e.g. https://blog.example.com)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${label}: "${raw}" must use http or https`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`${label}: "${raw}" must not contain credentials, a ?query or a #fragment`);
  }
  // A path is where the blog lives on its host (`https://user.github.io/blog`, a GitHub Pages
  // project site): Next's basePath and every URL of lib/urls.ts carry it.
  const basePath = url.pathname.replace(/\/+$/, '');
  if (basePath !== '' && !/^(\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+)+$/.test(basePath)) {
    throw new Error(
      `${label}: "${raw}" has the path "${url.pathname}": a sub-path may hold only ASCII letters, digits and - . _ ~ (e.g. https://user.github.io/blog)`,
    );
  }
  return `${url.origin}${basePath}`;
}

/**
 * Where the blog lives on its host, from its URL's path, checked against Hexo's `root` setting
 * when that is set: Hexo asks for both (`url: https://user.github.io/blog`, `root: /blog/`).
 */
export function basePathOf(url: string, root: string, label: string): string {
  const basePath = new URL(url).pathname.replace(/\/+$/, '');
  const rootPath = root
    .trim()
    .replace(/\/+$/, '')
    .replace(/^(?!\/)/, '/')
    .replace(/^\/$/, '');
  if (rootPath !== '' && rootPath !== basePath) {
    throw new Error(
      `${label}: the settings' root "${root}" says the blog lives under ${rootPath}/, but its URL ${url} ${basePath ? `has the path ${basePath}/` : 'has no path'}; make them agree (url: https://host${rootPath}, root: ${rootPath}/) or remove root`,
    );
  }
  return basePath;
}

/** The site's configuration from the settings file's text and the environment's `SITE_URL`. */
export function siteConfig(
  settingsText: string,
  settingsFile: string,
  env: Record<string, string | undefined> = {},
): SiteConfig {
  const settings = parseSiteSettings(settingsText, settingsFile);
  const fromEnv = Boolean(env.SITE_URL?.trim());
  const url = fromEnv ? parseSiteUrl(env.SITE_URL) : parseSiteUrl(settings.url, `${settingsFile}: url`);
  const { analytics } = settings;
  return {
    ...settings,
    // Plausible knows a site by its domain: the public one, which SITE_URL may set.
    ...(analytics && !analytics.siteId && { analytics: { ...analytics, siteId: new URL(url).hostname } }),
    locale: localeFor(settings.language),
    url,
    origin: new URL(url).origin,
    basePath: basePathOf(url, settings.root, fromEnv ? `SITE_URL and ${settingsFile}` : settingsFile),
    settingsFile,
  };
}

/** Reads the settings file (`SITE_CONFIG`, default `site.config.yml`) into the site's configuration. */
export function loadSite(settingsFile: string, env: Record<string, string | undefined> = process.env): SiteConfig {
  let text: string;
  try {
    text = readFileSync(settingsFile, 'utf8');
  } catch {
    throw new Error(`${settingsFile}: the site's settings file is missing (SITE_CONFIG names another one)`);
  }
  return siteConfig(text, settingsFile, env);
}

export const site: SiteConfig = loadSite(process.env.SITE_CONFIG || 'site.config.yml');
