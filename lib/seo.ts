import type { Metadata } from 'next';

import type { ArchiveListing } from './archive-listings';
import type { Cover } from './content/cover';
import { isoDateTimeIn } from './dates';
import { FEED_MEDIA_TYPES } from './feeds';
import type { Listing } from './listings';
import { t } from './messages';
import { lastModified, type Post, type TagSummary } from './post-index';
import { site } from './site';
import type { CategoryNode } from './taxonomy';
import {
  absoluteImageUrl,
  absoluteUrl,
  archivesOgImageUrl,
  categoryFeedUrl,
  categoryOgImageUrl,
  feedUrl,
  homeUrl,
  postOgImageUrl,
  postUrl,
  siteOgImageUrl,
  tagFeedUrl,
  tagOgImageUrl,
  type FeedFormat,
} from './urls';

// Metadata of every page: canonical URL, feed autodiscovery, Open Graph and Twitter card. Next
// merges a page's metadata over the layout's one key at a time, so a page that sets
// `alternates` or `openGraph` must set all of it: every builder here returns the whole object.

/** What a page says about itself. */
export interface PageSeo {
  /** The page's own title; the layout's template adds the site's. Left out on the home page. */
  title?: string;
  description: string;
  /** Canonical path, from lib/urls.ts. */
  path: string;
  /** The page's own RSS feed, advertised beside the site's. */
  feed?: { title: string; url: string };
  /** Path of the page's Open Graph image (lib/og builds one per post and listing, 1200×630), or a
   * post's own picture; the site's by default. */
  image?: string | Cover;
}

/** Open Graph wants `ko_KR` where the site config says `ko-KR`. */
export const openGraphLocale = site.locale.replace('-', '_');

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** `<link rel="alternate">` for the site's three feeds, and for the page's own RSS feed if it has one. */
export function feedAlternates(own?: PageSeo['feed']): Record<string, { title: string; url: string }[]> {
  const types: Record<string, { title: string; url: string }[]> = {};
  for (const format of ['rss', 'atom', 'json'] as const) {
    types[FEED_MEDIA_TYPES[format]] = [
      { title: `${site.title} (${FORMAT_NAMES[format]})`, url: absoluteUrl(feedUrl(format)) },
    ];
  }
  if (own) types[FEED_MEDIA_TYPES.rss]!.push({ title: `${own.title} · ${site.title}`, url: absoluteUrl(own.url) });
  return types;
}

/** Metadata of any page: description, canonical URL, feeds, Open Graph (`website`) and Twitter card. */
export function pageMetadata({ title, description, path, feed, image = siteOgImageUrl }: PageSeo): Metadata {
  const url = absoluteUrl(path);
  const shownTitle = title ?? site.title;
  return {
    ...(title && { title }),
    description,
    alternates: { canonical: url, types: feedAlternates(feed) },
    openGraph: { type: 'website', ...openGraphOf(shownTitle, description, url, image) },
    twitter: { card: 'summary_large_image', title: shownTitle, description, images: [imageUrl(image)] },
  };
}

/** Metadata of a post: Open Graph `article` with its dates (in the site's offset), tags and section. */
export function postMetadata(post: Post): Metadata {
  const image = post.cover ?? postOgImageUrl(post.slug);
  const base = pageMetadata({ title: post.title, description: post.excerpt, path: postUrl(post), image });
  return {
    ...base,
    authors: [{ name: site.author, url: absoluteUrl(homeUrl) }],
    keywords: post.tags.map((tag) => tag.name),
    openGraph: {
      type: 'article',
      ...openGraphOf(post.title, post.excerpt, absoluteUrl(postUrl(post)), image),
      publishedTime: isoDateTimeIn(post.date, site.timeZone),
      modifiedTime: isoDateTimeIn(lastModified(post), site.timeZone),
      authors: [site.author],
      tags: post.tags.map((tag) => tag.name),
      section: post.categories[0]?.names[0],
    },
  };
}

/** Metadata of a page of the home listing; page 1 is titled by the site alone. */
export function homeMetadata({ page, hrefOf }: Listing): Metadata {
  return pageMetadata({
    title: page.page > 1 ? pagedTitle(t.latestPosts, page) : undefined,
    description: pagedDescription(site.description, page),
    path: hrefOf(page.page),
  });
}

/** Metadata of a page of a tag's listing, which advertises the tag's feed. */
export function tagMetadata(tag: TagSummary, { page, hrefOf }: Listing): Metadata {
  const title = t.postsTagged(tag.name);
  return pageMetadata({
    title: pagedTitle(title, page),
    description: pagedDescription(t.tagDescription(tag.name, tag.count), page),
    path: hrefOf(page.page),
    feed: { title, url: tagFeedUrl(tag) },
    image: tagOgImageUrl(tag),
  });
}

/** Metadata of a page of a category's listing, which advertises the category's feed. */
export function categoryMetadata(category: CategoryNode, { page, hrefOf }: Listing): Metadata {
  const path = category.names.join(' › ');
  const title = t.postsInCategory(path);
  return pageMetadata({
    title: pagedTitle(title, page),
    description: pagedDescription(t.categoryDescription(path, category.count), page),
    path: hrefOf(page.page),
    feed: { title, url: categoryFeedUrl(category) },
    image: categoryOgImageUrl(category),
  });
}

/**
 * Metadata of a page of an archive listing. Every page of a listing shares the listing's Open
 * Graph image, as the pages of a tag do.
 */
export function archiveMetadata({ title, period, count, page, hrefOf }: ArchiveListing): Metadata {
  const description = period.year === undefined ? t.archivesDescription : t.archiveDescription(title, count);
  return pageMetadata({
    title: pagedTitle(title, page),
    description: pagedDescription(description, page),
    path: hrefOf(page.page),
    image: archivesOgImageUrl(period.year, period.month),
  });
}

// The cards lib/og draws are 1200×630; a post's own picture has its own size, or none known.
const imageUrl = (image: string | Cover) => absoluteImageUrl(typeof image === 'string' ? image : image.src);
const imageSize = (image: string | Cover) =>
  typeof image === 'string' ? { width: 1200, height: 630 } : { width: image.width, height: image.height };

const openGraphOf = (title: string, description: string, url: string, image: string | Cover) => ({
  url,
  title,
  description,
  siteName: site.title,
  locale: openGraphLocale,
  images: [{ url: imageUrl(image), ...imageSize(image), alt: title }],
});

// Later pages of a listing say which page they are, so no two pages share a title or description.
const pagedTitle = (title: string, { page }: { page: number }) => (page > 1 ? `${title} (${page})` : title);

const pagedDescription = (description: string, { page, totalPages }: { page: number; totalPages: number }) =>
  page > 1 ? `${description} (${t.pageOf(page, totalPages)})` : description;
