import { isDeepStrictEqual } from 'node:util';

import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';

import type { TakenSettings } from './config';

/** A key of the settings file whose value the import changed. */
export interface SettingsChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** The settings file's new text (the old text, unchanged, when nothing changed) and what changed. */
export interface MergedSettings {
  text: string;
  changes: SettingsChange[];
}

// Our defaults for the keys Hexo has no word on, and for a title-less _config.yml (Hexo's own default).
const OWN_DEFAULTS = {
  title: 'Hexo',
  subtitle: '',
  description: '',
  author: '',
  language: 'ko',
  timezone: 'Asia/Seoul',
  url: 'http://localhost:3000',
  archive_per_page: 100,
  menu: [] as string[],
  keep_tags: [] as string[],
};

const HEADER = ` The site's settings, written by \`npm run import:hexo\` from a Hexo blog's _config.yml. Edit
 them here, never in TypeScript; the build checks every key and stops naming the key when a value
 is wrong. Keys are Hexo's where Hexo has one.`;

const COMMENTS: Record<string, string> = {
  title: " The site's name, in the header, the title bar and the feeds (required).",
  subtitle: ' A line shown under the title.',
  description: ' What the site is about, for search engines and feeds.',
  author: ' Who writes it, for feeds and structured data.',
  language: ' Interface text and date format: ko, en, ja, zh-CN or zh-TW.',
  timezone: ' IANA time zone in which front-matter dates without an offset are read and every date is shown.',
  url: ' Absolute base URL for feeds, the sitemap and canonical links. SITE_URL in the environment wins.',
  root: " Hexo's root: the sub-path the blog lived under.",
  permalink: " Post URL pattern (Hexo's variables, e.g. :year/:month/:day/:title/).",
  new_post_name: ' How post file names are made; date parts in it (:year-:month-:day-:title.md) are read back.',
  per_page: ' Posts per page on the home, tag and category listings.',
  archive_per_page: ' Lines per page on the archive.',
  post_asset_folder: " Whether a post's images sit in a folder named after it (my-post.md, my-post/photo.png).",
  default_category: ' The category of a post that names none.',
  menu: ' Pages (content/pages/<path>.md) linked from the header, in this order.',
  keep_tags: ' Hexo tags from a theme whose inner text is kept (any other unknown tag stops the build).',
  future: ' false: a post dated after the build is built nowhere until a later build (scheduled posts).',
  comments: " Comments under posts, from the theme's settings (README: Comments and analytics).",
  analytics: " Page-view analytics, from the theme's settings (README: Comments and analytics).",
};

const ORDER = Object.keys(COMMENTS);

function newDocument(): Document {
  const doc = new Document({});
  doc.commentBefore = HEADER;
  return doc;
}

/**
 * The settings file after an import: `taken` replaces those keys' values, the pages' paths not
 * yet in `menu` are appended (sorted), and every other key, value and comment of `existing` is
 * kept. Without an existing file, every key is written with a comment saying what it means.
 */
export function mergeSettings(
  existing: string | undefined,
  taken: Partial<TakenSettings>,
  pages: readonly string[],
): MergedSettings {
  const doc = existing === undefined ? newDocument() : parseDocument(existing);
  if (doc.errors.length > 0) throw new Error(`not valid YAML: ${doc.errors[0]!.message}`);
  if (doc.contents === null) doc.contents = doc.createNode({});
  const changes: SettingsChange[] = [];
  const wanted: Record<string, unknown> = existing === undefined ? { ...OWN_DEFAULTS, ...taken } : { ...taken };

  const menuNode = doc.get('menu');
  const menu = isSeq(menuNode) ? (menuNode.toJSON() as unknown[]) : [];
  const added = [...pages].sort().filter((page) => !menu.includes(page));
  if (existing === undefined || added.length > 0) wanted.menu = [...menu, ...added];

  for (const key of [...ORDER.filter((k) => k in wanted), ...Object.keys(wanted).filter((k) => !ORDER.includes(k))]) {
    const before = doc.toJS()?.[key];
    const after = wanted[key];
    if (existing !== undefined && isDeepStrictEqual(before, after)) continue;
    const node = doc.createNode(after);
    const old = doc.get(key, true);
    // An empty list, or one the file writes in brackets, stays in brackets.
    if (isSeq(node) && (node.items.length === 0 || (isSeq(old) && old.flow))) node.flow = true;
    if (existing === undefined && isMap(doc.contents)) {
      const pair = doc.createPair(key, node);
      if (isScalar(pair.key) && COMMENTS[key]) pair.key.commentBefore = COMMENTS[key];
      doc.contents.items.push(pair);
    } else {
      doc.set(key, node);
    }
    changes.push({ key, before, after });
  }
  if (existing !== undefined && changes.length === 0) return { text: existing, changes };
  return { text: doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false }), changes };
}
