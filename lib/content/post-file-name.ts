import { dateFromFileName } from '../dates';
import { postSlug } from '../slug';

/** What a post's path says about it, read as Hexo reads it through `new_post_name`. */
export interface PostFileName {
  /** Hexo's `:title`: the path under the posts folder without its extension, less the parts of `new_post_name` that are not the title (`notes/hexo-blog`). */
  title: string;
  /** The post's URL segment (`:name`): the last segment of `title`. */
  slug: string;
  /** `YYYY-MM-DD` from the name's date parts, or from a `YYYY-MM-DD-` prefix, if it has one. */
  date?: string;
}

// The variables Hexo gives a fixed shape in `new_post_name` (hexo/lib/plugins/processor/post.ts).
const SEGMENTS: Record<string, string> = {
  year: '(\\d{4})',
  month: '(\\d{2})',
  day: '(\\d{2})',
  i_month: '(\\d{1,2})',
  i_day: '(\\d{1,2})',
  hash: '([0-9a-f]{12})',
};

const withoutExtension = (file: string) => file.replace(/\.[^./]+$/, '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const patterns = new Map<string, { regex: RegExp; names: string[] }>();

/** `new_post_name` as a regular expression, as hexo-util's `Permalink` builds it. */
function patternOf(newPostName: string) {
  let pattern = patterns.get(newPostName);
  if (!pattern) {
    const names: string[] = [];
    const source = escapeRegExp(withoutExtension(newPostName)).replace(/:(\w*[^_\W])/g, (_, name: string) => {
      names.push(name);
      return SEGMENTS[name] ?? '(.+?)';
    });
    pattern = { regex: new RegExp(`^${source}$`), names };
    patterns.set(newPostName, pattern);
  }
  return pattern;
}

const pad = (value: string) => value.padStart(2, '0');

/**
 * The variables `new_post_name` gives a post's path (`{ year: '2015', month: '01', day: '15',
 * title: 'hello' }` for `2015-01-15-hello.md` under `:year-:month-:day-:title.md`), or
 * `undefined` when the path does not fit the pattern.
 */
export function postNameParts(sourceFilePath: string, newPostName: string): Record<string, string> | undefined {
  const { regex, names } = patternOf(newPostName);
  const match = regex.exec(withoutExtension(sourceFilePath.normalize('NFC')));
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) : undefined;
}

/** `YYYY-MM-DD` from the date parts of `new_post_name` (`:year`, `:month` or `:i_month`, `:day` or `:i_day`), if all are there. */
export function dateOfParts(parts: Readonly<Record<string, string>>): string | undefined {
  const month = parts.month ?? parts.i_month;
  const day = parts.day ?? parts.i_day;
  return parts.year && month && day ? `${parts.year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * Reads a post's path (relative to the posts folder) through Hexo's `new_post_name`: with
 * `:year-:month-:day-:title.md`, `2015-01-15-etude.md` is the post `etude` of 15 January 2015.
 * A path that does not fit the pattern is all title, as in Hexo.
 */
export function parsePostFileName(sourceFilePath: string, newPostName: string): PostFileName {
  const path = withoutExtension(sourceFilePath.normalize('NFC'));
  const parts = postNameParts(path, newPostName) ?? {};
  const title = parts.title ?? path;
  return { title, slug: postSlug(title), date: dateOfParts(parts) ?? dateFromFileName(postSlug(path)) };
}
