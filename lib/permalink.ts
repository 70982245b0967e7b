/** What Hexo's `permalink` setting reads from a post (hexo/lib/plugins/filter/post_permalink.ts). */
export interface PermalinkPost {
  /** Hexo's `:title` (and `:slug`): the path under the posts folder without extension, `new_post_name`'s date parts dropped (`Blog/Setting/hexo-blog`). */
  title: string;
  /** `:name`: the file name alone (last segment of `title`). */
  name: string;
  /** The post's front-matter title, slugified for `:post_title`. */
  postTitle: string;
  date: Date;
  /** The category path whose last category `:category` names, top first (`['개발', '웹']`); empty for none. */
  categories: readonly string[];
  /** Every front-matter field: custom variables (`:abbrlink`, `:id`) and the post's own `permalink`. */
  fields: Readonly<Record<string, unknown>>;
}

export interface PermalinkOptions {
  /** IANA zone in which the date variables are read. */
  timeZone: string;
  /** Hexo's `default_category`: what `:category` is for a post without categories. */
  defaultCategory: string;
  /** Slugifies one category name for `:category`, and the front-matter title for `:post_title`. */
  slugify(name: string): string;
  /** Hexo's `post_asset_folder`: a path that ends in neither `/` nor `.html` gets a `/`. */
  postAssetFolder?: boolean;
  /**
   * SHA-1 of a text as hex, for `:hash` (`node:crypto` on the server). Passed in so this module,
   * which lib/urls.ts uses, stays free of Node imports for the browser's islands.
   */
  sha1?: (text: string) => string;
  /** Hexo's `permalink_defaults`: values for variables a post lacks. */
  permalinkDefaults?: Readonly<Record<string, string>>;
}

/** How a path is served: `slash` (…/index.html), `html` (exactly that file) or `plain` (x.html). */
export type PermalinkStyle = 'slash' | 'html' | 'plain';

// hexo-util's Permalink: a variable is `:` then word characters, not ending in `_`.
const VARIABLE = /:(\w*[^_\W])/g;
const DATE_VARIABLES = ['year', 'month', 'i_month', 'day', 'i_day', 'hour', 'minute', 'second', 'timestamp'];
const POST_VARIABLES = ['title', 'slug', 'name', 'post_title', 'hash'];
const BUILT_IN = new Set([...DATE_VARIABLES, ...POST_VARIABLES, 'category']);

type Clock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at `date`, whatever the machine's zone. */
function wallClock(date: Date, timeZone: string): Clock {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map(({ type, value }) => [type, Number(value)]));
  return parts as Clock;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The value of a variable Hexo computes itself, or undefined for a front-matter one. */
function builtIn(name: string, post: PermalinkPost, options: PermalinkOptions, clock: () => Clock): string | undefined {
  const unix = () => Math.floor(post.date.getTime() / 1000);
  switch (name) {
    case 'title':
    case 'slug':
      return post.title;
    case 'name':
      return post.name;
    case 'post_title':
      return options.slugify(post.postTitle.normalize('NFC')).toLowerCase();
    case 'hash':
      if (!options.sha1) throw new Error('permalink: :hash needs a sha1 function');
      return options.sha1(`${post.title.normalize('NFC')}${unix()}`).slice(0, 12);
    case 'timestamp':
      return String(unix());
    case 'category':
      if (post.categories.length === 0) return options.defaultCategory;
      return post.categories.map((category) => options.slugify(category.normalize('NFC'))).join('/');
    case 'year':
      return pad(clock().year, 4);
    case 'month':
    case 'day':
    case 'hour':
    case 'minute':
    case 'second':
      return pad(clock()[name]);
    case 'i_month':
      return String(clock().month);
    case 'i_day':
      return String(clock().day);
  }
  return undefined;
}

/** A front-matter value as one URL piece, or undefined when the post has none. */
function fieldValue(value: unknown, variable: string, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean'
  ) {
    return String(value);
  }
  throw new Error(`${where}: :${variable} must be a single value, not ${JSON.stringify(value)}`);
}

/**
 * The URL path of a post, as Hexo 8's `post_permalink` filter makes it: the post's own
 * front-matter `permalink` if it has one (taken literally), else `pattern` with its variables
 * filled in. Starts with one `/`, raw Unicode in NFC (not percent-encoded), and ends as the
 * pattern ends. Dates are read in `options.timeZone`. Throws an Error naming the post and the
 * variable when the post lacks one, and on a path with `?`, `#`, `//`, `.` or `..` segments.
 */
export function permalinkPath(pattern: string, post: PermalinkPost, options: PermalinkOptions): string {
  const where = `permalink of post "${post.title}"`;
  const own = fieldValue(post.fields.permalink || undefined, 'permalink', where);
  let path: string;
  if (own !== undefined) {
    path = own;
  } else {
    if (!pattern.trim()) throw new Error(`${where}: the permalink pattern is empty`);
    if (Number.isNaN(post.date.getTime())) throw new Error(`${where}: the post has no valid date`);
    let clock: Clock | undefined;
    const readClock = () => (clock ??= wallClock(post.date, options.timeZone));
    path = pattern.replace(VARIABLE, (_, name: string) => {
      const value =
        builtIn(name, post, options, readClock) ??
        fieldValue(post.fields[name], name, where) ??
        options.permalinkDefaults?.[name];
      if (value === undefined) throw new Error(`${where}: the pattern uses :${name}, but the post has no "${name}"`);
      if (value === '') throw new Error(`${where}: :${name} is empty`);
      return value.normalize('NFC');
    });
  }
  if (options.postAssetFolder && !path.endsWith('/') && !path.endsWith('.html')) path += '/';
  return checkedPath(path, where);
}

/** `/` + the path, leading slashes folded and backslashes read as slashes (as Hexo's router does). */
function checkedPath(raw: string, where: string): string {
  const path = `/${raw.normalize('NFC').replace(/\\/g, '/').replace(/^\/+/, '')}`;
  const fail = (problem: string) => new Error(`${where}: "${path}" ${problem}`);
  if (path === '/') throw fail('is the site root');
  if (/[?#]/.test(path)) throw fail('contains "?" or "#"');
  if (/[\u0000-\u001f\u007f]/.test(path)) throw fail('contains a control character');
  if (path.includes('//')) throw fail('contains an empty segment ("//")');
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw fail('contains a "." or ".." segment');
  }
  return path;
}

/** How a permalink path is served: `slash` (…/index.html), `html` (that file) or `plain` (x.html). */
export function permalinkStyle(path: string): PermalinkStyle {
  if (path.endsWith('/')) return 'slash';
  return path.endsWith('.html') ? 'html' : 'plain';
}

/**
 * Checks a permalink pattern from the settings file: returns what is wrong with it, or undefined.
 * Catches an empty pattern, `?`/`#`, `//`, `.`/`..` segments, an extension other than `.html`,
 * and a pattern with nothing post-specific in it (only dates and `:category`), so posts collide.
 */
export function checkPermalinkPattern(pattern: string): string | undefined {
  if (!pattern.trim()) return 'is empty';
  if (/[?#]/.test(pattern)) return `"${pattern}" contains "?" or "#", which cannot be part of a path`;
  if (/\/\//.test(pattern.replace(/^\/+/, ''))) return `"${pattern}" contains an empty segment ("//")`;
  if (pattern.split('/').some((segment) => segment === '.' || segment === '..')) {
    return `"${pattern}" contains a "." or ".." segment`;
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(pattern.replace(VARIABLE, 'x'))?.[1];
  if (extension !== undefined && extension !== 'html') {
    return `"${pattern}" ends in ".${extension}": a post URL ends in "/", ".html" or no extension`;
  }
  const variables = [...pattern.matchAll(VARIABLE)].map((match) => match[1]!);
  if (!variables.some((name) => POST_VARIABLES.includes(name) || !BUILT_IN.has(name))) {
    return `"${pattern}" has no variable that differs from post to post (such as :title, :name, :post_title or :hash), so posts would share a URL`;
  }
  return undefined;
}
