import type { License } from './content/license';
import { isoDateTimeIn } from './dates';
import { t } from './messages';
import { lastModified, type Post } from './post-index';
import { site } from './site';
import { categoryTrail, type Category } from './taxonomy';
import {
  absoluteImageUrl,
  absoluteUrl,
  categoriesIndexUrl,
  categoryUrl,
  homeUrl,
  postOgImageUrl,
  postUrl,
} from './urls';

// Structured data (schema.org, as JSON-LD) that search engines read beside the page's metadata.

/** One JSON-LD object. */
export type JsonLdObject = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

/** A post as a `BlogPosting`: dates with the site's offset, author, keywords and its own URL. */
export function blogPostingJsonLd(post: Post): JsonLdObject {
  const url = absoluteUrl(postUrl(post));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: isoDateTimeIn(post.date, site.timeZone),
    dateModified: isoDateTimeIn(lastModified(post), site.timeZone),
    author: { '@type': 'Person', name: site.author, url: absoluteUrl(homeUrl) },
    keywords: post.tags.map((tag) => tag.name),
    ...(post.categories[0] && { articleSection: post.categories[0].names.join(' › ') }),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: site.language,
    image: post.cover ? absoluteImageUrl(post.cover.src) : absoluteUrl(postOgImageUrl(post.slug)),
    isPartOf: { '@type': 'Blog', name: site.title, url: absoluteUrl(homeUrl) },
    ...(post.license && { license: licenseJsonLd(post.license) }),
  };
}

/** schema.org's `license`: the licence's page, else a work named after it. */
function licenseJsonLd(license: License): string | Record<string, string> {
  return (
    license.url ?? { '@type': 'CreativeWork', name: license.allRightsReserved ? t.allRightsReserved : license.name }
  );
}

/** Where a post sits: home › categories › its first category's trail › the post. */
export function postBreadcrumbJsonLd(post: Post): JsonLdObject {
  const category = post.categories[0];
  return breadcrumbJsonLd([
    ...(category ? categoryCrumbs(category) : [{ name: t.home, url: homeUrl }]),
    { name: post.title, url: postUrl(post) },
  ]);
}

/** Where a category sits: home › categories › its ancestors › the category, as its page shows it. */
export function categoryBreadcrumbJsonLd(category: Pick<Category, 'names' | 'slugs'>): JsonLdObject {
  return breadcrumbJsonLd(categoryCrumbs(category));
}

function categoryCrumbs(category: Pick<Category, 'names' | 'slugs'>): { name: string; url: string }[] {
  return [
    { name: t.home, url: homeUrl },
    { name: t.categories, url: categoriesIndexUrl },
    ...categoryTrail(category).map((level) => ({ name: level.name, url: categoryUrl(level) })),
  ];
}

function breadcrumbJsonLd(crumbs: { name: string; url: string }[]): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.url),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written `\u003c`, so no title or excerpt
 * can close the script (`</script>`) or open a comment; JSON.parse reads it back unchanged.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
