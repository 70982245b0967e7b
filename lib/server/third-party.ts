import { analyticsOrigins } from '../analytics/providers';
import type { AnalyticsSettings } from '../analytics/settings';
import { COMMENT_PROVIDERS_FACTS } from '../comments/providers';
import type { CommentsSettings } from '../comments/settings';
import type { PageNeeds } from './security-headers';

/**
 * Adds to `needs` the origins of the comments and analytics the settings turn on, exactly the
 * chosen provider's; with both off, nothing. Pure.
 */
export function addThirdPartyNeeds(
  needs: PageNeeds,
  settings: { comments?: CommentsSettings; analytics?: AnalyticsSettings },
): void {
  const add = (set: Set<string>, origins: readonly string[]) => origins.forEach((origin) => set.add(origin));
  if (settings.comments) {
    const { csp } = COMMENT_PROVIDERS_FACTS[settings.comments.provider];
    add(needs.scriptOrigins, csp.script);
    add(needs.frameOrigins, csp.frame);
    add(needs.styleOrigins, csp.style);
  }
  if (settings.analytics) {
    const origins = analyticsOrigins(settings.analytics);
    add(needs.scriptOrigins, origins.script);
    add(needs.imageOrigins, origins.image);
    add(needs.connectOrigins, origins.connect);
  }
}
