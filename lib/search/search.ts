import { findCandidates, type Candidate } from './candidates';
import type { Fragment, SearchMeta } from './format';
import { highlight, snippet, type Needles, type Segment } from './highlight';
import { parseQuery, type IndexSource, type Term } from './query';
import { normalizeText } from './tokenize';

/** An index source that can also fetch a post's text. */
export interface SearchSource extends IndexSource {
  fragment(id: number): Promise<Fragment>;
}

/** Facet filters, as they appear in the URL: a tag slug, a category slug path (`개발/웹`). */
export interface SearchFilters {
  tag?: string;
  category?: string;
}

export interface SearchResult {
  slug: string;
  /** The post's path on the site, unencoded. */
  permalink: string;
  title: Segment[];
  date: number;
  tags: { name: string; slug: string }[];
  /** The series the post is a part of, if any. */
  series?: { name: string; slug: string };
  /** The post's deepest categories, as name and slug paths. */
  categories: { names: string[]; slugs: string[] }[];
  snippet: Segment[];
}

export interface FacetCount {
  label: string;
  value: string;
  count: number;
}

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  facets: { tags: FacetCount[]; categories: FacetCount[] };
}

const PHRASE_BONUS = { title: 20, body: 5 };

/**
 * Searches the index. An empty query lists the newest posts. Results are ranked by where each
 * word matched (title and tags above body), exact phrases above scattered words, newer first
 * among equals; facet counts cover all matches.
 */
export async function search(
  source: SearchSource,
  query: string,
  filters: SearchFilters = {},
  limit = 10,
): Promise<SearchResponse> {
  const meta = await source.meta();
  const terms = await parseQuery(query, source);
  const candidates: Candidate[] = terms.length
    ? await findCandidates(terms, source)
    : meta.slugs.map((_, id) => ({ id, score: 0, surfaces: [] }));

  const tagId = filters.tag === undefined ? undefined : meta.tags.findIndex((tag) => tag.slug === filters.tag);
  const categoryId =
    filters.category === undefined
      ? undefined
      : meta.categories.findIndex((category) => category.slugs.join('/') === filters.category);
  const inTag = (c: Candidate) => tagId === undefined || meta.postTags[c.id]!.includes(tagId);
  const inCategory = (c: Candidate) => categoryId === undefined || meta.postCategories[c.id]!.includes(categoryId);

  const filtered = candidates.filter((c) => inTag(c) && inCategory(c));
  // Only the text can tell when n-grams over-approximate (인공 … 공지 … 지능 is not 인공지능)
  // and whether several words stand together as a phrase. Each candidate is checked once, though
  // both lists below may ask for it.
  const needsText = terms.length > 1 || terms.some((term) => term.alternatives.some((alt) => alt.keys.length > 1));
  const phrase = normalizeText(query).trim().replace(/\s+/g, ' ');
  const checks = new Map<number, Promise<Candidate | null>>();
  const check = (c: Candidate) => {
    let checked = checks.get(c.id);
    if (!checked) checks.set(c.id, (checked = verify(c, terms, phrase, meta, source)));
    return checked;
  };
  const window = terms.length > 1 ? limit * 2 : limit;
  const verified = (ranked: Candidate[]) =>
    needsText
      ? topVerified(ranked, check, window, limit)
      : { page: ranked.slice(0, limit), rejected: new Set<number>() };
  const [{ page, rejected }, unfiltered] = await Promise.all([
    verified(filtered),
    // With a filter on, the other facet values count matches outside it: check those too.
    filtered.length < candidates.length ? verified(candidates) : undefined,
  ]);
  const notMatching = unfiltered ? new Set([...rejected, ...unfiltered.rejected]) : rejected;
  const matches = notMatching.size ? candidates.filter((c) => !notMatching.has(c.id)) : candidates;
  const facets = {
    tags: countFacet(
      matches.filter(inCategory),
      meta.tags.length,
      (c) => meta.postTags[c.id]!,
      (id) => meta.tags[id]!.name,
      (id) => meta.tags[id]!.slug,
    ),
    categories: countFacet(
      matches.filter(inTag),
      meta.categories.length,
      (c) => meta.postCategories[c.id]!,
      (id) => meta.categories[id]!.names.join(' › '),
      (id) => meta.categories[id]!.slugs.join('/'),
    ),
  };
  const results = await Promise.all(page.map((c) => toResult(c, terms, meta, source)));
  return { total: filtered.length - rejected.size, results, facets };
}

/**
 * The first `limit` candidates that `check` accepts, checked in rank order, in batches, until
 * `window` are accepted (`limit`, or more so that an exact phrase can rise above scattered
 * words): a query downloads the text of about the posts it shows, which their snippets need
 * anyway. Returns the page and the ids found not to match.
 */
async function topVerified(
  ranked: Candidate[],
  check: (c: Candidate) => Promise<Candidate | null>,
  window: number,
  limit: number,
): Promise<{ page: Candidate[]; rejected: Set<number> }> {
  const rejected = new Set<number>();
  const accepted: Candidate[] = [];
  let next = 0;
  while (accepted.length < window && next < ranked.length) {
    const batch = ranked.slice(next, next + window - accepted.length);
    next += batch.length;
    for (const [candidate, verified] of await Promise.all(batch.map(async (c) => [c, await check(c)] as const))) {
      if (verified) accepted.push(verified);
      else rejected.add(candidate.id);
    }
  }
  accepted.sort((a, b) => b.score - a.score || a.id - b.id);
  return { page: accepted.slice(0, limit), rejected };
}

/**
 * Checks a candidate against its text: the candidate with its bonus for `phrase` (the query,
 * normalized) when every term is really there, `null` when one is not.
 */
async function verify(
  candidate: Candidate,
  terms: Term[],
  phrase: string,
  meta: SearchMeta,
  source: SearchSource,
): Promise<Candidate | null> {
  const title = normalizeText(meta.titles[candidate.id]!);
  const body = normalizeText((await source.fragment(candidate.id)).text).replace(/\s+/g, ' ');
  const taxonomy = normalizeText(
    [
      ...meta.postTags[candidate.id]!.map((id) => meta.tags[id]!.name),
      ...meta.postCategories[candidate.id]!.flatMap((id) => meta.categories[id]!.names),
    ].join(' '),
  );
  const text = `${title}\n${taxonomy}\n${body}`;
  const found = terms.every((term) => term.alternatives.some((alt) => alt.initials || text.includes(alt.surface)));
  if (!found) return null;
  const bonus = title.includes(phrase) ? PHRASE_BONUS.title : body.includes(phrase) ? PHRASE_BONUS.body : 0;
  return { ...candidate, score: candidate.score + bonus };
}

/** Facet values by number of matches, most first; counted in an array (a match list can hold 10,000 posts). */
function countFacet(
  candidates: Candidate[],
  valueCount: number,
  idsOf: (c: Candidate) => number[],
  label: (id: number) => string,
  value: (id: number) => string,
): FacetCount[] {
  const counts = new Uint32Array(valueCount);
  for (const candidate of candidates) for (const id of idsOf(candidate)) counts[id]!++;
  const facets: FacetCount[] = [];
  counts.forEach((count, id) => {
    if (count) facets.push({ label: label(id), value: value(id), count });
  });
  return facets.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
}

function needlesOf(terms: Term[], candidate: Candidate): Needles {
  const initials = terms.filter((term) => term.alternatives.some((alt) => alt.initials)).map((term) => term.text);
  return { surfaces: candidate.surfaces.filter((surface) => !initials.includes(surface)), initials };
}

async function toResult(
  candidate: Candidate,
  terms: Term[],
  meta: SearchMeta,
  source: SearchSource,
): Promise<SearchResult> {
  const needles = needlesOf(terms, candidate);
  const { text } = await source.fragment(candidate.id);
  const categories = meta.postCategories[candidate.id]!.map((id) => meta.categories[id]!);
  return {
    slug: meta.slugs[candidate.id]!,
    permalink: meta.permalinks[candidate.id]!,
    title: highlight(meta.titles[candidate.id]!, needles),
    date: meta.dates[candidate.id]!,
    tags: meta.postTags[candidate.id]!.map((id) => meta.tags[id]!),
    series: meta.series[meta.postSeries[candidate.id] ?? -1],
    // Ancestors are in the list for facet counts; show only the deepest of each path.
    categories: categories.filter(
      (category) =>
        !categories.some(
          (other) => other !== category && other.slugs.join('/').startsWith(`${category.slugs.join('/')}/`),
        ),
    ),
    snippet: snippet(text, needles),
  };
}
