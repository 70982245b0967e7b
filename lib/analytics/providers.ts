// What each analytics provider needs: the attributes of its script, and the origins the
// Content-Security-Policy must allow. Pure.
import type { AnalyticsSettings } from './settings';

/** The provider's `<script>` attributes, `src` included (the analytics island adds it after the page). */
export function analyticsAttributes(settings: AnalyticsSettings): Record<string, string> {
  switch (settings.provider) {
    case 'umami':
      return {
        src: settings.scriptUrl,
        'data-website-id': settings.siteId,
        ...(settings.hostUrl && { 'data-host-url': settings.hostUrl }),
        ...(settings.respectDnt && { 'data-do-not-track': 'true' }),
      };
    case 'plausible':
      return { src: settings.scriptUrl, 'data-domain': settings.siteId };
    case 'google':
      return { src: settings.scriptUrl };
  }
}

/** Google's documented policy for GA4 (developers.google.com/tag-platform/security/guides/csp). */
const GOOGLE = {
  script: ['https://*.googletagmanager.com'],
  image: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'],
  connect: ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'],
};

/** Where the provider's script comes from and where it sends page views. */
export function analyticsOrigins(settings: AnalyticsSettings): {
  script: string[];
  image: string[];
  connect: string[];
} {
  if (settings.provider === 'google') return GOOGLE;
  const script = new URL(settings.scriptUrl).origin;
  const connect = settings.hostUrl ? new URL(settings.hostUrl).origin : script;
  return { script: [script], image: [], connect: [connect] };
}

/** The analytics island's own `<script>` carries these: its provider's script attributes (JSON), and whether to respect DNT/GPC. */
export const ANALYTICS_ATTRIBUTE = 'data-analytics';
export const ANALYTICS_RESPECT_DNT_ATTRIBUTE = 'data-analytics-respect-dnt';

/**
 * The attributes of the analytics island's own `<script>` (components/islands/analytics.ts): the
 * provider's script attributes, and whether Do Not Track and Global Privacy Control are respected.
 */
export function analyticsIslandData(settings: AnalyticsSettings): Record<string, string> {
  return {
    [ANALYTICS_ATTRIBUTE]: JSON.stringify(analyticsAttributes(settings)),
    ...(settings.respectDnt && { [ANALYTICS_RESPECT_DNT_ATTRIBUTE]: '' }),
  };
}
