import { ISLANDS_DIR } from './islands-manifest';
import { themeScript } from './theme';

/** A `<script>` or `<link>` of a finished page, as a tokenizer read it; [start, end) in the page's text. */
export interface ScriptElement {
  tagName: 'script' | 'link';
  attributes: Record<string, string>;
  text: string;
  start: number;
  end: number;
}

// Scripts that hold data a browser or crawler reads, and never run.
const DATA_TYPES = new Set(['application/ld+json', 'speculationrules']);
const CLASSIC_TYPES = new Set(['', 'text/javascript', 'application/javascript']);

const relTokens = (element: ScriptElement) => (element.attributes.rel ?? '').toLowerCase().split(/\s+/);

/** Whether a `<link>` makes the browser fetch a script (to run it later). */
export function isScriptPreload(element: ScriptElement): boolean {
  const rel = relTokens(element);
  return rel.includes('modulepreload') || (rel.includes('preload') && element.attributes.as === 'script');
}

function describe(element: ScriptElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');
  const text = element.text.trim().replace(/\s+/g, ' ');
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return `<${element.tagName}${attributes ? ` ${attributes}` : ''}>${shown}`;
}

/**
 * Why a page may not hold this element, or `undefined` when it may. A page of this site runs only
 * what the site writes itself: the theme script (lib/theme.ts), its islands (`/islands/`, built by
 * scripts/build-islands.ts) and their preloads, and data scripts (JSON-LD, Speculation Rules).
 * Anything else, such as a runtime script of a later Next.js release, is named in the answer.
 * `basePath` is the site's (`/blog`), under which its islands are served.
 */
export function disallowedScript(element: ScriptElement, basePath = ''): string | undefined {
  const islands = `${basePath}/${ISLANDS_DIR}/`;
  const fromIslands = (url: string | undefined) => url !== undefined && url.startsWith(islands) && !url.includes('..');
  if (element.tagName === 'link') {
    if (!isScriptPreload(element) || fromIslands(element.attributes.href)) return undefined;
    return `preloads a script that is not one of the site's islands: ${describe(element)}`;
  }
  const type = (element.attributes.type ?? '').trim().toLowerCase();
  if (DATA_TYPES.has(type)) {
    if (element.attributes.src === undefined) return undefined;
    return `a data script that loads a file: ${describe(element)}`;
  }
  if (type === 'module') {
    if (fromIslands(element.attributes.src) && !element.text.trim()) return undefined;
    return `a module script that is not one of the site's islands: ${describe(element)}`;
  }
  if (CLASSIC_TYPES.has(type) && element.attributes.src === undefined && element.text === themeScript) return undefined;
  return `a script this site does not write: ${describe(element)}`;
}
