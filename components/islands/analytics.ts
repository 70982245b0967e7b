// Page-view analytics (Umami, Plausible, GA4): the provider's script is added once the page has
// loaded, so it never competes with the page, and not at all for a reader whose browser asks not
// to be tracked (Do Not Track, Global Privacy Control) when the settings respect that.
import { ANALYTICS_ATTRIBUTE, ANALYTICS_RESPECT_DNT_ATTRIBUTE } from '@/lib/analytics/providers';

interface PrivacyNavigator extends Navigator {
  globalPrivacyControl?: boolean;
}

const declined = () => {
  const nav = navigator as PrivacyNavigator;
  return (
    nav.globalPrivacyControl === true ||
    nav.doNotTrack === '1' ||
    (window as { doNotTrack?: string }).doNotTrack === '1'
  );
};

function start(host: HTMLElement): void {
  if (host.hasAttribute(ANALYTICS_RESPECT_DNT_ATTRIBUTE) && declined()) return;
  const attributes = JSON.parse(host.getAttribute(ANALYTICS_ATTRIBUTE) ?? '{}') as Record<string, string>;
  const gtagId = /googletagmanager\.com\/gtag\/js\?id=([\w-]+)/.exec(attributes.src ?? '')?.[1];
  if (gtagId) {
    // gtag.js reads its commands from dataLayer; this is the snippet Google gives, without an inline script.
    const w = window as unknown as { dataLayer: unknown[]; gtag: (...args: unknown[]) => void };
    w.dataLayer = w.dataLayer || [];
    w.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer.push(arguments);
    };
    w.gtag('js', new Date());
    w.gtag('config', gtagId);
  }
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.async = true;
  document.head.append(script);
}

const host = document.querySelector<HTMLElement>(`[${ANALYTICS_ATTRIBUTE}]`);
if (host) {
  if (document.readyState === 'complete') start(host);
  else addEventListener('load', () => start(host), { once: true });
}
