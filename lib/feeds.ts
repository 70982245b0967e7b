import { Feed, type Category, type Item } from 'feed';

import { absolutizeHtml } from './absolute-html';
import { licenseStatement, type License } from './content/license';
import { lightDiagramsOnly } from './markdown/diagrams';
import { t } from './messages';
import { lastModified, type Post } from './post-index';
import { site } from './site';
import { absoluteUrl, categoriesIndexUrl, homeUrl, postUrl, tagsIndexUrl, type FeedFormat } from './urls';

/** How many of the newest posts every feed carries. */
export const FEED_SIZE = 20;

/** Media type of each format, for responses and `<link rel="alternate">`. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** What a feed follows: the whole site, or one tag's or category's listing. */
export interface FeedSource {
  /** The listing's title (`태그: React`); leave it out for the site's own feed. */
  title?: string;
  /** Path of the page the feed follows (`/`, `/tags/react`). */
  url: string;
  /** Path of the feed itself. */
  feedUrl: string;
  /** Newest first, as lib/posts.ts lists them. */
  posts: readonly Post[];
}

/**
 * Renders a feed of the newest `FEED_SIZE` posts of `source`: full content with absolute links,
 * the excerpt as summary, tags and categories, author and dates. RSS 2.0, Atom 1.0 or JSON Feed 1.1.
 */
export function renderFeed(format: FeedFormat, source: FeedSource): string {
  const posts = source.posts.slice(0, FEED_SIZE);
  const link = absoluteUrl(source.url);
  const feed = new Feed({
    id: link,
    title: xmlText(source.title ? `${source.title} · ${site.title}` : site.title),
    description: xmlText(site.description),
    link,
    language: site.language,
    // The newest change among the posts, so an unchanged site rebuilds to the same bytes.
    updated: new Date(Math.max(0, ...posts.map((post) => lastModified(post).getTime()))),
    feedLinks: { [format]: absoluteUrl(source.feedUrl) },
    author: { name: site.author, link: absoluteUrl(homeUrl) },
    // RSS's channel <copyright> and Atom's feed <rights>: the site's licence; Atom entries carry their own.
    copyright: site.license && xmlText(statement(site.license)),
  });
  for (const post of posts) feed.addItem(feedItem(post, format));
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1());
}

/** A prerenderable response holding `renderFeed(format, source)`. */
export function feedResponse(format: FeedFormat, source: FeedSource): Response {
  return new Response(renderFeed(format, source), {
    headers: { 'content-type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` },
  });
}

// The formats disagree on what a field holds: RSS titles are text; Atom's `type="html"` title and
// summary are HTML; JSON Feed's title and summary are text. RSS readers take `<author>` to be an
// e-mail address, so RSS names the author in `dc:creator` instead.
function feedItem(post: Post, format: FeedFormat): Item {
  const url = absoluteUrl(postUrl(post));
  const xml = format !== 'json';
  return {
    title: format === 'atom' ? escapeHtml(post.title) : xml ? cdataText(post.title) : post.title,
    // Without an id, RSS makes the link a permanent guid.
    id: format === 'rss' ? undefined : url,
    link: url,
    date: lastModified(post),
    published: post.date,
    description: xml ? escapeHtml(post.excerpt) : post.excerpt,
    content: xml ? cdataHtml(contentOf(post)) : contentOf(post),
    category: categoriesOf(post, format),
    author: format === 'rss' ? undefined : [{ name: site.author, link: absoluteUrl(homeUrl) }],
    extensions: format === 'rss' ? [{ name: 'dc:creator', objects: { _text: xmlText(site.author) } }] : undefined,
    copyright: format === 'atom' && post.license ? xmlText(statement(post.license)) : undefined,
  };
}

const statement = (license: License) => licenseStatement(license, site.author, t.allRightsReserved);

// Tags and categories, each in its taxonomy: the slug is the Atom term, the name what people read.
// A category is its path (`개발/웹`), the hierarchy notation RSS defines.
function categoriesOf(post: Post, format: FeedFormat): Category[] {
  const entry = (name: string, term: string, index: string): Category => {
    const scheme = absoluteUrl(index);
    // Only `&` is escaped in an Atom attribute, so a label with `<` is left out; the term remains.
    const label = format === 'atom' && name.includes('<') ? undefined : xmlText(name);
    return { name: label, term, domain: scheme, scheme };
  };
  return [
    ...post.tags.map((tag) => entry(tag.name, tag.slug, tagsIndexUrl)),
    ...post.categories.map((category) => entry(category.names.join('/'), category.slugs.join('/'), categoriesIndexUrl)),
  ];
}

// Parsing a post's HTML is the costly part, and one post is in many feeds: do it once.
const contentCache = new WeakMap<Post, string>();

function contentOf(post: Post): string {
  let html = contentCache.get(post);
  if (html === undefined) {
    html = absolutizeHtml(lightDiagramsOnly(post.html), absoluteUrl(postUrl(post)));
    contentCache.set(post, html);
  }
  return html;
}

/** `feed` writes JSON Feed 1.0; 1.1 adds `authors` (the single `author` stays for older readers) and `language`. */
function toJsonFeed11(json: string): string {
  const { author, items, ...rest } = JSON.parse(json) as JsonFeed;
  const feed = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: site.language,
    author,
    authors: author && [author],
    items: items.map((item) => ({ ...item, authors: item.author && [item.author] })),
  };
  return JSON.stringify(feed, null, 2);
}

interface JsonFeed {
  version: string;
  author?: object;
  items: { author?: object }[];
}

// Characters XML 1.0 forbids even escaped; a stray control character would break the whole feed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const xmlText = (text: string) => text.replace(NOT_XML, '');

/** HTML for a CDATA section: `]]>` would end it, and `]]&gt;` means the same in HTML. */
const cdataHtml = (html: string) => xmlText(html).replaceAll(']]>', ']]&gt;');

/** Text for a CDATA section: an invisible zero-width space keeps `]]>` from ending it. */
const cdataText = (text: string) => xmlText(text).replaceAll(']]>', ']]\u200B>');

function escapeHtml(text: string): string {
  return xmlText(text).replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}
