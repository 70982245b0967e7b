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
  // Every route lives at the root: a base path would need Next's basePath and links to match.
  if (url.pathname.replace(/\/+$/, '') !== '') {
    throw new Error(`${label}: "${raw}" must not have a path (serve the blog at the root of its host)`);
  }
  return url.origin;
}

/** The site's configuration from the settings file's text and the environment's `SITE_URL`. */
export function siteConfig(
  settingsText: string,
  settingsFile: string,
  env: Record<string, string | undefined> = {},
): SiteConfig {
  const settings = parseSiteSettings(settingsText, settingsFile);
  return {
    ...settings,
    locale: localeFor(settings.language),
    url: env.SITE_URL?.trim() ? parseSiteUrl(env.SITE_URL) : parseSiteUrl(settings.url, `${settingsFile}: url`),
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
