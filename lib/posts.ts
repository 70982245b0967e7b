import { allPosts } from 'contentlayer/generated';

import { buildPostIndex } from './post-index';
import { site } from './site';

/**
 * The site's posts and every query over them. Routes, listings and (later) feeds, sitemap and
 * search all read from this one index, so they can never disagree about what is published.
 */
export const postIndex = buildPostIndex(allPosts, { license: site.license });

export type { Neighbours, Post, TagSummary } from './post-index';
export type { Series, SeriesPart } from './series';
export { categoryTrail, type Category, type CategoryNode, type Tag } from './taxonomy';
