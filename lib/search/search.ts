import type { Fragment, SearchMeta } from './format';
import { highlight, snippet, type Needles, type Segment } from './highlight';
import { findCandidates, parseQuery, type Candidate, type IndexSource, type Term } from './query';
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
  title: Segment[];
  date: number;
  tags: { name: string; slug: string }[];
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

// Candidates checked against their text before the first page is shown: n-gram matching
// over-approximates (인공 … 공지 … 지능 is not 인공지능), the text settles it.
const VERIFY_FACTOR = 3;
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
  const inFilters = (c: Candidate) => inTag(c) && inCategory(c);

  // Check the first candidates and the first filtered ones against their text (n-grams
  // over-approximate), so neither the results nor the facet counts hold a post that does not match.
  const checkCount = limit * VERIFY_FACTOR;
  const toCheck = new Set([...candidates.slice(0, checkCount), ...candidates.filter(inFilters).slice(0, checkCount)]);
  const checked = terms.length ? await verify([...toCheck], terms, query, meta, source) : new Map<number, null>();
  const matches = candidates
    .flatMap((c) => {
      const verified = checked.get(c.id);
      return verified === undefined ? [c] : verified === null ? [] : [verified];
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);

  const facets = {
    tags: countFacet(
      matches.filter(inCategory),
      (c) => meta.postTags[c.id]!,
      (id) => meta.tags[id]!.name,
      (id) => meta.tags[id]!.slug,
    ),
    categories: countFacet(
      matches.filter(inTag),
      (c) => meta.postCategories[c.id]!,
      (id) => meta.categories[id]!.names.join(' › '),
      (id) => meta.categories[id]!.slugs.join('/'),
    ),
  };
  const ranked = matches.filter(inFilters);
  const results = await Promise.all(ranked.slice(0, limit).map((c) => toResult(c, terms, meta, source)));
  return { total: ranked.length, results, facets };
}

/**
 * Checks candidates against their text: each maps to itself with its phrase bonus when every
 * term is really there, or to `null` when it is not.
 */
async function verify(
  candidates: Candidate[],
  terms: Term[],
  query: string,
  meta: SearchMeta,
  source: SearchSource,
): Promise<Map<number, Candidate | null>> {
  const phrase = normalizeText(query).trim().replace(/\s+/g, ' ');
  const checked = await Promise.all(
    candidates.map(async (candidate): Promise<[number, Candidate | null]> => {
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
      if (!found) return [candidate.id, null];
      const bonus = title.includes(phrase) ? PHRASE_BONUS.title : body.includes(phrase) ? PHRASE_BONUS.body : 0;
      return [candidate.id, { ...candidate, score: candidate.score + bonus }];
    }),
  );
  return new Map(checked);
}

function countFacet(
  candidates: Candidate[],
  idsOf: (c: Candidate) => number[],
  label: (id: number) => string,
  value: (id: number) => string,
): FacetCount[] {
  const counts = new Map<number, number>();
  for (const candidate of candidates) for (const id of idsOf(candidate)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ label: label(id), value: value(id), count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
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
    title: highlight(meta.titles[candidate.id]!, needles),
    date: meta.dates[candidate.id]!,
    tags: meta.postTags[candidate.id]!.map((id) => meta.tags[id]!),
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
