import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

/** The `comments:` and `analytics:` of our settings file, as the import writes them. */
export interface TakenServices {
  comments?: Record<string, unknown>;
  analytics?: Record<string, unknown>;
}

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

function readYaml(file: string): Mapping {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  return isMapping(data) ? data : {};
}

/**
 * The theme's configuration as Hexo merges it: the theme's own `_config.yml`
 * (`themes/<theme>/`), then `theme_config:` of the site's `_config.yml`, then `_config.<theme>.yml`
 * beside it, each key of the later winning. Only the top-level keys matter here.
 */
export function readThemeConfig(siteDir: string, siteConfig: Mapping): Mapping {
  const theme = text(siteConfig.theme);
  if (!theme) return {};
  const fileConfig = (file: string) => (existsSync(file) ? readYaml(file) : {});
  return {
    ...fileConfig(path.join(siteDir, 'themes', theme, '_config.yml')),
    ...(isMapping(siteConfig.theme_config) ? siteConfig.theme_config : {}),
    ...fileConfig(path.join(siteDir, `_config.${theme}.yml`)),
  };
}

const enabled = (value: unknown): value is Mapping => isMapping(value) && value.enable === true;

function commentsFrom(config: Mapping, notes: string[]): Mapping | undefined {
  // hexo-next-giscus's settings, and NexT's own utterances. Their threads exist under the posts'
  // paths, which the import keeps: `pathname` finds them.
  const { giscus, utterances } = config;
  if (enabled(giscus)) {
    const missing = ['repo', 'repo_id', 'category', 'category_id'].filter((key) => !text(giscus[key]));
    if (missing.length) {
      notes.push(`comments: giscus is on in the theme's settings but has no ${missing.join(', ')}; left out`);
      return undefined;
    }
    if (text(giscus.mapping) && giscus.mapping !== 'pathname') {
      notes.push(`comments: giscus mapped threads by ${giscus.mapping}; here they are found by pathname`);
    }
    if (enabled(utterances)) notes.push('comments: utterances is on too; giscus taken');
    return {
      provider: 'giscus',
      repo: text(giscus.repo),
      repo_id: text(giscus.repo_id),
      category: text(giscus.category),
      category_id: text(giscus.category_id),
      mapping: 'pathname',
      reactions: String(giscus.reactions_enabled ?? '1') !== '0',
      input_position: giscus.input_position === 'top' ? 'top' : 'bottom',
    };
  }
  if (enabled(utterances)) {
    if (!text(utterances.repo)) {
      notes.push("comments: utterances is on in the theme's settings but has no repo; left out");
      return undefined;
    }
    const term = text(utterances.issue_term) ?? 'pathname';
    if (term !== 'pathname')
      notes.push(`comments: utterances found threads by ${term}; here they are found by pathname`);
    return {
      provider: 'utterances',
      repo: text(utterances.repo),
      mapping: 'pathname',
      ...(text(utterances.label) && { label: text(utterances.label) }),
    };
  }
  return undefined;
}

function analyticsFrom(config: Mapping, notes: string[]): Mapping | undefined {
  const found: Mapping[] = [];
  const { umami, plausible, google_analytics: google } = config;
  if (enabled(umami) && text(umami.website_id)) {
    found.push({
      provider: 'umami',
      site_id: text(umami.website_id),
      ...(text(umami.script_url) && { script_url: text(umami.script_url) }),
      ...(text(umami.host_url) && { host_url: text(umami.host_url) }),
    });
  }
  if (enabled(plausible)) {
    found.push({
      provider: 'plausible',
      ...(text(plausible.site_domain) && { site_id: text(plausible.site_domain) }),
      ...(text(plausible.script_url) && { script_url: text(plausible.script_url) }),
    });
  }
  const googleId = text(isMapping(google) ? google.tracking_id : google);
  if (googleId && /^G-/i.test(googleId)) found.push({ provider: 'google', site_id: googleId.toUpperCase() });
  else if (googleId) {
    notes.push(
      `analytics: google_analytics ${googleId} is a Universal Analytics id, which Google shut down; left out (give a GA4 id, G-…)`,
    );
  }
  if (found.length > 1) {
    notes.push(`analytics: ${found.map((f) => f.provider).join(', ')} are all on; ${found[0]!.provider} taken`);
  }
  return found[0] && { ...found[0], respect_dnt: true };
}

/** The comments and analytics a NexT theme's settings turn on, as our settings, and what the import left out. */
export function servicesFromTheme(config: Mapping): { services: TakenServices; notes: string[] } {
  const notes: string[] = [];
  const comments = commentsFrom(config, notes);
  const analytics = analyticsFrom(config, notes);
  return { services: { ...(comments && { comments }), ...(analytics && { analytics }) }, notes };
}
