// A static host runs no rewrites, so a route that the Node server reaches through one
// (next.config.ts: `/categories/:path+/feed.xml` → `/category-feeds/:path+`) is exported at the
// rewrite's source path instead, where readers ask for it. Pure.

/** A rewrite as `.next/routes-manifest.json` lists it. */
export interface Rewrite {
  source: string;
  destination: string;
  has?: unknown;
  missing?: unknown;
}

interface Pattern {
  regex: RegExp;
  params: string[];
  parts: ({ literal: string } | { param: string })[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The part of path-to-regexp's syntax a static export can reverse: literal segments, `:name` in a
// segment with literal text around it (`:slug.html`), and `:name+` (one or more segments) alone.
function parsePattern(pattern: string, rewrite: Rewrite): Pattern {
  const unsupported = () =>
    new Error(
      `next.config.ts rewrite ${rewrite.source} → ${rewrite.destination}: a static export can only ` +
        `reverse literal segments, ":name" and ":name+" (here: "${pattern}")`,
    );
  if (!pattern.startsWith('/')) throw unsupported();
  const params: string[] = [];
  const parts: Pattern['parts'] = [{ literal: '' }];
  let source = '^';
  for (const segment of pattern.slice(1).split('/')) {
    const param = /^([^:()*+?{}]*):([A-Za-z_]\w*)(\+)?([^\w:()*+?{}][^:()*+?{}]*)?$/.exec(segment);
    if (param) {
      const [, prefix = '', name = '', many, suffix = ''] = param;
      if (many && (prefix || suffix)) throw unsupported();
      params.push(name);
      parts.push({ literal: `/${prefix}` }, { param: name }, { literal: suffix });
      source += `/${escapeRegex(prefix)}${many ? '([^/]+(?:/[^/]+)*)' : '([^/]+?)'}${escapeRegex(suffix)}`;
    } else if (/^[^:()*+?{}]*$/.test(segment)) {
      parts.push({ literal: `/${segment}` });
      source += `/${escapeRegex(segment)}`;
    } else {
      throw unsupported();
    }
  }
  return { regex: new RegExp(`${source}$`), params, parts };
}

/**
 * Reverses the rewrites for the routes the build prerendered: returns a function giving each
 * route the path readers request it at (the source of the first rewrite whose destination it
 * matches, else the route itself). Fails, naming the rewrite, on one a static host cannot
 * reproduce: conditions (`has`, `missing`), another site, a query, or parameters the
 * destination lacks.
 */
export function reverseRewrites(rewrites: readonly Rewrite[]): (route: string) => string {
  const reversible = rewrites.map((rewrite) => {
    const name = `next.config.ts rewrite ${rewrite.source} → ${rewrite.destination}`;
    if (rewrite.has || rewrite.missing) throw new Error(`${name}: conditions (has, missing) need a server`);
    if (!rewrite.destination.startsWith('/') || rewrite.destination.includes('?')) {
      throw new Error(`${name}: a rewrite to another site or with a query needs a server`);
    }
    const source = parsePattern(rewrite.source, rewrite);
    const destination = parsePattern(rewrite.destination, rewrite);
    const missing = source.params.filter((param) => !destination.params.includes(param));
    if (missing.length > 0) throw new Error(`${name}: the destination lacks ${missing.map((p) => `:${p}`).join(', ')}`);
    return { source, destination };
  });
  return (route) => {
    for (const { source, destination } of reversible) {
      const match = destination.regex.exec(route);
      if (!match) continue;
      const values = new Map(destination.params.map((param, i) => [param, match[i + 1]!]));
      return source.parts.map((part) => ('literal' in part ? part.literal : values.get(part.param)!)).join('');
    }
    return route;
  };
}
