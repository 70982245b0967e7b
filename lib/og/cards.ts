import { groupByMonth } from '../archives';
import { formatDate, formatYear, formatYearMonth } from '../dates';
import { t } from '../messages';
import type { PostIndex } from '../post-index';
import type { SiteConfig } from '../site';
import { archivesOgImageUrl, categoryOgImageUrl, postOgImageUrl, siteOgImageUrl, tagOgImageUrl } from '../urls';

import type { OgCard } from './card';

/** One image to build: where it is served and what it shows. */
export interface OgImage {
  /** Its path on the site, from lib/urls.ts. */
  url: string;
  card: OgCard;
}

/**
 * Every Open Graph image of the site: one for each post, each tag and category listing, the
 * archive and each of its years and months, and one for the home page that the pages without
 * their own (tag and category indexes, search) share.
 */
export function ogImages(index: PostIndex, site: SiteConfig): OgImage[] {
  const base = { siteTitle: site.title, language: site.language };
  const images: OgImage[] = [
    { url: siteOgImageUrl, card: { ...base, title: site.description, detail: t.postCount(index.posts.length) } },
  ];
  for (const post of index.posts) {
    images.push({
      url: postOgImageUrl(post.slug),
      card: {
        ...base,
        title: post.title,
        detail: formatDate(post.date, site.locale, site.timeZone),
        tags: post.tags.map((tag) => tag.name),
      },
    });
  }
  for (const tag of index.tags) {
    images.push({
      url: tagOgImageUrl(tag),
      card: { ...base, label: t.tags, title: `#${tag.name}`, detail: t.postCount(tag.count) },
    });
  }
  for (const category of index.categories) {
    images.push({
      url: categoryOgImageUrl(category),
      card: { ...base, label: t.categories, title: category.names.join(' › '), detail: t.postCount(category.count) },
    });
  }
  const archive = groupByMonth(index.posts, site.timeZone);
  if (archive.length) {
    images.push({
      url: archivesOgImageUrl(),
      card: { ...base, title: t.archives, detail: t.postCount(index.posts.length) },
    });
  }
  for (const year of archive) {
    images.push({
      url: archivesOgImageUrl(year.year),
      card: {
        ...base,
        label: t.archives,
        title: t.archiveOf(formatYear(year.year, site.locale)),
        detail: t.postCount(year.count),
      },
    });
    for (const month of year.months) {
      images.push({
        url: archivesOgImageUrl(year.year, month.month),
        card: {
          ...base,
          label: t.archives,
          title: t.archiveOf(formatYearMonth(year.year, month.month, site.locale)),
          detail: t.postCount(month.posts.length),
        },
      });
    }
  }
  return images;
}
