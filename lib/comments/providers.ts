// What each comments provider needs on the page: its script, the attributes it reads from it, the
// origins the Content-Security-Policy must allow, and how its frame is told the theme. Pure; the
// comments island imports it too, so it holds no Node code.
import type { CommentProvider, CommentsSettings } from './settings';

export type SiteTheme = 'light' | 'dark';

interface ProviderFacts {
  origin: string;
  script: string;
  /** The attribute holding the widget's theme, and its value for each site theme. */
  themeAttribute: string;
  themes: Record<SiteTheme, string>;
  /** The widget's frame, once the script made it. */
  frameSelector: string;
  /** The message that gives a running widget another theme (giscus `setConfig`, utterances `set-theme`). */
  themeMessage: (theme: string) => unknown;
  /** Where the CSP lets it load from: scripts, frames, and the stylesheet giscus adds to the page. */
  csp: { script: string[]; frame: string[]; style: string[] };
}

export const COMMENT_PROVIDERS_FACTS: Record<CommentProvider, ProviderFacts> = {
  giscus: {
    origin: 'https://giscus.app',
    script: 'https://giscus.app/client.js',
    themeAttribute: 'data-theme',
    themes: { light: 'light', dark: 'dark' },
    frameSelector: 'iframe.giscus-frame',
    themeMessage: (theme) => ({ giscus: { setConfig: { theme } } }),
    csp: { script: ['https://giscus.app'], frame: ['https://giscus.app'], style: ['https://giscus.app'] },
  },
  utterances: {
    origin: 'https://utteranc.es',
    script: 'https://utteranc.es/client.js',
    themeAttribute: 'theme',
    themes: { light: 'github-light', dark: 'github-dark' },
    frameSelector: 'iframe.utterances-frame',
    themeMessage: (theme) => ({ type: 'set-theme', theme }),
    csp: { script: ['https://utteranc.es'], frame: ['https://utteranc.es'], style: [] },
  },
};

// giscus speaks these of the site's interface languages (its `data-lang`); utterances has no such option.
const GISCUS_LANGUAGES = new Set(['ko', 'en', 'ja', 'zh-CN', 'zh-TW']);

/**
 * The attributes of the provider's `<script>` for one thread, but its theme (the island adds
 * that, from the theme shown when it loads). `term` is the thread's term (lib/comments/thread.ts),
 * `language` the site's interface language.
 */
export function providerAttributes(settings: CommentsSettings, term: string, language: string): Record<string, string> {
  if (settings.provider === 'utterances') {
    return {
      repo: settings.repo,
      // utterances reads a term it does not know as the exact title to look for.
      'issue-term': term,
      ...(settings.label && { label: settings.label }),
      crossorigin: 'anonymous',
    };
  }
  return {
    'data-repo': settings.repo,
    'data-repo-id': settings.repoId ?? '',
    'data-category': settings.category ?? '',
    'data-category-id': settings.categoryId ?? '',
    // The term is computed here (a readable key, or the pathname as giscus would take it), so
    // giscus looks up exactly that title.
    'data-mapping': 'specific',
    'data-term': term,
    'data-strict': '0',
    'data-reactions-enabled': settings.reactions ? '1' : '0',
    'data-emit-metadata': '0',
    'data-input-position': settings.inputPosition,
    'data-lang': GISCUS_LANGUAGES.has(language) ? language : 'en',
    crossorigin: 'anonymous',
  };
}
