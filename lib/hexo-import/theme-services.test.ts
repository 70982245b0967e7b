import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { readThemeConfig, servicesFromTheme } from './theme-services';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('readThemeConfig', () => {
  it("merges the theme's _config.yml, theme_config and _config.<theme>.yml, the later winning", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'theme-config-'));
    mkdirSync(path.join(dir, 'themes/next'), { recursive: true });
    writeFileSync(path.join(dir, 'themes/next/_config.yml'), 'a: theme\nb: theme\nc: theme\n');
    writeFileSync(path.join(dir, '_config.next.yml'), 'c: alternate\n');
    expect(readThemeConfig(dir, { theme: 'next', theme_config: { b: 'site', c: 'site' } })).toEqual({
      a: 'theme',
      b: 'site',
      c: 'alternate',
    });
    expect(readThemeConfig(dir, {})).toEqual({});
  });
});

describe('servicesFromTheme', () => {
  it("takes NexT's utterances with the pathname mapping, so existing threads stay attached", () => {
    const { services, notes } = servicesFromTheme({
      utterances: { enable: true, repo: 'a/b', issue_term: 'pathname', theme: 'github-light' },
    });
    expect(services).toEqual({ comments: { provider: 'utterances', repo: 'a/b', mapping: 'pathname' } });
    expect(notes).toEqual([]);
  });

  it("takes hexo-next-giscus's settings", () => {
    const giscus = {
      enable: true,
      repo: 'a/b',
      repo_id: 'R_1',
      category: 'Comments',
      category_id: 'DIC_1',
      mapping: 'pathname',
      reactions_enabled: 0,
      input_position: 'top',
    };
    expect(servicesFromTheme({ giscus }).services.comments).toEqual({
      provider: 'giscus',
      repo: 'a/b',
      repo_id: 'R_1',
      category: 'Comments',
      category_id: 'DIC_1',
      mapping: 'pathname',
      reactions: false,
      input_position: 'top',
    });
    expect(servicesFromTheme({ giscus: { ...giscus, repo_id: null } }).notes).toEqual([
      "comments: giscus is on in the theme's settings but has no repo_id; left out",
    ]);
  });

  it('leaves switched-off services out', () => {
    expect(servicesFromTheme({ utterances: { enable: false, repo: 'a/b' }, umami: { enable: false } })).toEqual({
      services: {},
      notes: [],
    });
  });

  it('takes Umami, Plausible and GA4, respecting Do Not Track', () => {
    expect(
      servicesFromTheme({ umami: { enable: true, website_id: 'w', script_url: 'https://u.example.com/script.js' } })
        .services.analytics,
    ).toEqual({ provider: 'umami', site_id: 'w', script_url: 'https://u.example.com/script.js', respect_dnt: true });
    expect(
      servicesFromTheme({ plausible: { enable: true, site_domain: 'blog.example.com' } }).services.analytics,
    ).toEqual({ provider: 'plausible', site_id: 'blog.example.com', respect_dnt: true });
    expect(servicesFromTheme({ google_analytics: { tracking_id: 'G-ABC123' } }).services.analytics).toEqual({
      provider: 'google',
      site_id: 'G-ABC123',
      respect_dnt: true,
    });
  });

  it('leaves an old Universal Analytics id out, and says so', () => {
    const { services, notes } = servicesFromTheme({ google_analytics: { tracking_id: 'UA-1234-1' } });
    expect(services).toEqual({});
    expect(notes[0]).toMatch(/UA-1234-1 is a Universal Analytics id.*left out/);
  });
});
