import { fieldReader, settingsMapping, type Complain } from '../settings-fields';

export const ANALYTICS_PROVIDERS = ['umami', 'plausible', 'google'] as const;
export type AnalyticsProvider = (typeof ANALYTICS_PROVIDERS)[number];

/** The settings' `analytics:` mapping, checked. Off (`undefined`) unless it names a provider. */
export interface AnalyticsSettings {
  provider: AnalyticsProvider;
  /** Umami's website id, Plausible's domain (`''`: the site's), or a GA4 measurement id (`G-…`). */
  siteId: string;
  /** The provider's script (https only): Umami's, a self-hosted Plausible's; Google's is fixed. */
  scriptUrl: string;
  /** Umami: where it sends page views, when not to its script's origin (`data-host-url`). */
  hostUrl?: string;
  /** Loads nothing for readers whose browser sends Do Not Track or Global Privacy Control. */
  respectDnt: boolean;
}

const DEFAULT_SCRIPTS: Record<AnalyticsProvider, string | undefined> = {
  umami: 'https://cloud.umami.is/script.js',
  plausible: 'https://plausible.io/js/script.js',
  google: undefined,
};

const isHttps = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
};

const GA4_ID = /^G-[A-Z0-9]{4,}$/;

/**
 * Reads the `analytics:` mapping of the settings file; `complain` names the key of a wrong value.
 * Plausible's `site_id` may be left out: it is the site's domain (lib/site.ts fills it in from
 * the site's URL, which `SITE_URL` may set).
 */
export function readAnalyticsSettings(value: unknown, complain: Complain): AnalyticsSettings | undefined {
  const fields = settingsMapping(value, 'analytics', complain);
  if (!fields || fields.provider === false || fields.enable === false) return undefined;
  const read = fieldReader(fields, 'analytics', complain);
  const provider = read.oneOf('provider', ANALYTICS_PROVIDERS);
  let siteId: string;
  if (provider === 'google') {
    siteId = read.text('site_id');
    if (/^UA-/i.test(siteId)) {
      complain(
        'analytics.site_id',
        `"${siteId}" is a Universal Analytics id, which Google shut down; give a GA4 id (G-…)`,
      );
    }
    if (!GA4_ID.test(siteId))
      complain('analytics.site_id', `must be a GA4 measurement id like G-XXXXXXXXXX, not "${siteId}"`);
  } else {
    siteId = read.text('site_id', provider === 'plausible' ? '' : undefined);
  }
  const fallback = DEFAULT_SCRIPTS[provider];
  const scriptUrl =
    provider === 'google'
      ? `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(siteId)}`
      : read.text('script_url', fallback);
  if (provider === 'google') {
    if (fields.script_url !== undefined && fields.script_url !== null) {
      complain('analytics.script_url', "is Google's own for GA4: leave it out");
    }
  } else if (!isHttps(scriptUrl)) {
    complain('analytics.script_url', `must be an https:// URL of the provider's script, not "${scriptUrl}"`);
  }
  const hostUrl = provider === 'umami' ? read.text('host_url', '') : '';
  if (hostUrl && !isHttps(hostUrl)) complain('analytics.host_url', `must be an https:// URL, not "${hostUrl}"`);
  return {
    provider,
    siteId,
    scriptUrl,
    ...(hostUrl && { hostUrl: hostUrl.replace(/\/+$/, '') }),
    respectDnt: read.flag('respect_dnt', true),
  };
}
