// A post's comments: the provider's script (giscus, utterances) loads only when the section comes
// near the viewport or the reader asks, never with the page; its widget follows the site's theme.
import { COMMENT_PROVIDERS_FACTS, type SiteTheme } from '@/lib/comments/providers';
import type { CommentProvider } from '@/lib/comments/settings';

import {
  COMMENTS_ATTRIBUTE,
  COMMENTS_ATTRIBUTES_ATTRIBUTE,
  COMMENTS_BUTTON_ATTRIBUTE,
  COMMENTS_SCRIPT_ATTRIBUTE,
  COMMENTS_WIDGET_ATTRIBUTE,
} from './hooks';

// How near (px) the section must come before the script loads: it is ready when the reader gets there.
const NEAR = '400px';

const root = document.documentElement;
const siteTheme = (): SiteTheme => (root.classList.contains('dark') ? 'dark' : 'light');

function mount(section: HTMLElement): void {
  const provider = section.getAttribute(COMMENTS_ATTRIBUTE) as CommentProvider;
  const facts = COMMENT_PROVIDERS_FACTS[provider];
  const widget = section.querySelector<HTMLElement>(`[${COMMENTS_WIDGET_ATTRIBUTE}]`);
  const button = section.querySelector<HTMLButtonElement>(`[${COMMENTS_BUTTON_ATTRIBUTE}]`);
  const src = section.getAttribute(COMMENTS_SCRIPT_ATTRIBUTE);
  if (!facts || !widget || !src) return;

  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    observer?.disconnect();
    button?.remove();
    const script = document.createElement('script');
    const attributes = JSON.parse(section.getAttribute(COMMENTS_ATTRIBUTES_ATTRIBUTE) ?? '{}') as Record<
      string,
      string
    >;
    for (const [name, value] of Object.entries({ ...attributes, [facts.themeAttribute]: facts.themes[siteTheme()] }))
      script.setAttribute(name, value);
    script.src = src;
    script.async = true;
    widget.append(script);
    // The head script (lib/theme.ts) switches <html>'s class: tell the widget's frame.
    // Before the provider's script has made its frame, it still reads the attribute.
    new MutationObserver(() => {
      const theme = facts.themes[siteTheme()];
      script.setAttribute(facts.themeAttribute, theme);
      const frame = section.querySelector<HTMLIFrameElement>(facts.frameSelector);
      frame?.contentWindow?.postMessage(facts.themeMessage(theme), facts.origin);
    }).observe(root, { attributes: true, attributeFilter: ['class'] });
  };

  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {
          rootMargin: `${NEAR} 0px`,
        })
      : undefined;
  observer?.observe(section);
  if (button) {
    button.classList.remove('invisible');
    button.addEventListener('click', load);
  }
}

for (const section of document.querySelectorAll<HTMLElement>(`[${COMMENTS_ATTRIBUTE}]`)) mount(section);
