/** A permanent redirect from a path the site used to have to where that page lives now (unencoded NFC). */
export interface Redirect {
  from: string;
  to: string;
}

/** A path that should lead somewhere, and why (for messages): `aliases of content/posts/a.md`. */
export interface RedirectCandidate extends Redirect {
  why: string;
}

const normal = (path: string) => `/${path.normalize('NFC').replace(/\\/g, '/').replace(/^\/+/, '')}`;
const withoutSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * The redirects of a site from every old path it should keep (a previous permalink pattern, a
 * post's `aliases`, Hexo's own tag and category paths): both the form with a trailing slash and
 * the one without, each straight to its target, so an old URL lands in one hop. A target is
 * always a path of this site (`to` comes from lib/urls.ts; an old path that is a URL elsewhere is
 * refused). An old path that is a page now (`pageAt` says which) is left alone when it is that
 * very page, and stops the build, naming both, when it is another; two old paths that want
 * different targets stop it too.
 */
export function buildRedirects(
  candidates: readonly RedirectCandidate[],
  pageAt: (path: string) => string | undefined,
): Redirect[] {
  const chosen = new Map<string, RedirectCandidate>();
  const problems: string[] = [];
  for (const candidate of candidates) {
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(candidate.from)) {
      problems.push(`${candidate.why}: "${candidate.from}" is not a path of this site`);
      continue;
    }
    const from = normal(candidate.from);
    const to = normal(candidate.to);
    if (/[?#]/.test(from)) {
      problems.push(
        `${candidate.why}: "${candidate.from}" has a ? or #, which a server never sees as part of the path`,
      );
      continue;
    }
    if (withoutSlash(from) === withoutSlash(to)) continue;
    for (const form of new Set([withoutSlash(from), `${withoutSlash(from)}/`])) {
      const page = pageAt(form);
      if (page !== undefined) {
        problems.push(`${candidate.why}: the old path ${form} is ${page} now`);
        break;
      }
      const earlier = chosen.get(form);
      if (earlier && normal(earlier.to) !== to) {
        problems.push(`${form} would lead to two places: ${earlier.to} (${earlier.why}) and ${to} (${candidate.why})`);
        break;
      }
      chosen.set(form, { ...candidate, from: form, to });
    }
  }
  if (problems.length) throw new Error(`Redirects that cannot be made:\n  ${problems.join('\n  ')}`);
  return [...chosen.values()].map(({ from, to }) => ({ from, to })).sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** A taxonomy entry as Hexo addressed it and as this site does. */
export interface OldTaxonomyPath {
  /** Hexo's path (`/tags/C/`); several entries may share one. */
  old: string;
  /** The name, to pick the exact match among entries sharing an old path (`C`, not `C++`). */
  name: string;
  /** This site's path of the entry. */
  now: string;
  why: string;
}

/**
 * Redirect candidates from Hexo's tag and category paths: where several of ours share one old
 * path (Hexo gives C, C++ and C# one `/tags/C/`), the entry whose name is exactly the old
 * segment wins, else the first.
 */
export function taxonomyCandidates(entries: readonly OldTaxonomyPath[]): RedirectCandidate[] {
  const byOld = new Map<string, OldTaxonomyPath[]>();
  for (const entry of entries) byOld.set(entry.old, [...(byOld.get(entry.old) ?? []), entry]);
  return [...byOld.entries()].map(([old, sharing]) => {
    const last = decodeURIComponent(withoutSlash(old).split('/').pop() ?? '');
    const entry = sharing.find((candidate) => candidate.name === last) ?? sharing[0]!;
    return { from: old, to: entry.now, why: entry.why };
  });
}
