import { describe, expect, it } from 'vitest';

import { parseSiteSettings } from '../site-settings';
import { siteConfig } from '../site';

const parse = (yaml: string) => parseSiteSettings(`title: 블로그\n${yaml}`, 'site.config.yml').analytics;

describe('analytics settings', () => {
  it('are off unless they name a provider', () => {
    expect(parse('')).toBeUndefined();
    expect(parse('analytics: false')).toBeUndefined();
    expect(parse('analytics:\n  enable: false\n  provider: umami')).toBeUndefined();
  });

  it("read Umami, respecting Do Not Track unless told not to, with Umami Cloud's script by default", () => {
    expect(parse('analytics:\n  provider: umami\n  site_id: 94db1cb1-74f4-4a40-ad6c-962362670409')).toEqual({
      provider: 'umami',
      siteId: '94db1cb1-74f4-4a40-ad6c-962362670409',
      scriptUrl: 'https://cloud.umami.is/script.js',
      respectDnt: true,
    });
    expect(
      parse(
        'analytics:\n  provider: umami\n  site_id: x\n  script_url: https://umami.example.com/s.js\n  host_url: https://stats.example.com/\n  respect_dnt: false',
      ),
    ).toEqual({
      provider: 'umami',
      siteId: 'x',
      scriptUrl: 'https://umami.example.com/s.js',
      hostUrl: 'https://stats.example.com',
      respectDnt: false,
    });
  });

  it("give Plausible the site's domain when it names none, SITE_URL's if set", () => {
    const config = (env = {}) =>
      siteConfig(
        'title: 블로그\nurl: https://blog.example.com\nanalytics:\n  provider: plausible',
        'site.config.yml',
        env,
      ).analytics;
    expect(config()).toMatchObject({ siteId: 'blog.example.com', scriptUrl: 'https://plausible.io/js/script.js' });
    expect(config({ SITE_URL: 'https://user.github.io/blog' })?.siteId).toBe('user.github.io');
  });

  it("build GA4's script URL from its measurement id", () => {
    expect(parse('analytics:\n  provider: google\n  site_id: G-ABC123XYZ')).toEqual({
      provider: 'google',
      siteId: 'G-ABC123XYZ',
      scriptUrl: 'https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ',
      respectDnt: true,
    });
  });

  it('name the field of a wrong value', () => {
    expect(() => parse('analytics:\n  provider: matomo')).toThrow(
      'site.config.yml: "analytics.provider" must be one of umami, plausible, google, not "matomo"',
    );
    expect(() => parse('analytics:\n  provider: umami')).toThrow('"analytics.site_id" is required');
    expect(() =>
      parse('analytics:\n  provider: umami\n  site_id: x\n  script_url: http://umami.example.com/s.js'),
    ).toThrow('"analytics.script_url" must be an https:// URL');
    expect(() => parse('analytics:\n  provider: google\n  site_id: UA-1234-1')).toThrow(
      '"analytics.site_id" "UA-1234-1" is a Universal Analytics id',
    );
    expect(() => parse('analytics:\n  provider: google\n  site_id: 1234')).toThrow(
      '"analytics.site_id" must be a GA4 measurement id',
    );
    expect(() =>
      parse('analytics:\n  provider: google\n  site_id: G-ABC123\n  script_url: https://x.example/a.js'),
    ).toThrow('"analytics.script_url" is Google\'s own');
    expect(() => parse('analytics:\n  provider: umami\n  site_id: x\n  respect_dnt: yes please')).toThrow(
      '"analytics.respect_dnt" must be true or false',
    );
  });
});
