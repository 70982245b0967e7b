import { parse, split } from 'hexo-front-matter';

import { dateOfParts, postNameParts } from '../content/post-file-name';
import { dateFromFileName } from '../dates';
import { postSlug } from '../slug';

/** A post's text after the import's fixes, and one line for each fix ("date: ... (why)"). */
export interface FixedPost {
  text: string;
  fixes: string[];
}

/** What the import knows about a post beyond its text. */
export interface PostFacts {
  /** The post's path under `_posts/` (or `_drafts/`), with `/` separators. */
  path: string;
  /** Hexo's `new_post_name`, e.g. `:year-:month-:day-:title.md`. */
  newPostName: string;
  /** The site's time zone, in which the written date is read. */
  timeZone: string;
  /** The file's times, for the date Hexo gives a post without one. */
  stats: { birthtimeMs: number; mtimeMs: number };
  /** A draft gets `published: false`. */
  draft?: boolean;
}

/** The instant Hexo 8 dates a post without a date by: the file's birth time, else (where the file system keeps none) its mtime. */
export function hexoFileDate(stats: { birthtimeMs: number; mtimeMs: number }): Date {
  return new Date(stats.birthtimeMs > 0 ? stats.birthtimeMs : stats.mtimeMs);
}

/** An instant as `YYYY-MM-DD HH:mm:ss` on the clock of `timeZone` (never the machine's). */
export function formatFrontMatterDate(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/**
 * The date Hexo reads from a post's path by `new_post_name` (`:year-:month-:day-:title.md` makes
 * `2015-01-15-hello.md` a post of 15 January 2015), as `YYYY-MM-DD`, or undefined.
 */
export function dateFromPostName(newPostName: string, postPath: string): string | undefined {
  const parts = postNameParts(postPath, newPostName);
  return parts && dateOfParts(parts);
}

/** Whether Hexo reads front matter from `text` (hexo-front-matter's own test). */
function hasFrontMatter(text: string): boolean {
  if (split(text).data === undefined) return false;
  return Object.keys(parse(text) as object).some((key) => key !== '_content');
}

/**
 * Sets one front-matter field by inserting one line (`key: value`) at the end of the front matter
 * as Hexo splits it, or by replacing that key's own line when it has one; every other byte stays.
 * A file without front matter gets one. `value` is YAML text.
 */
export function setFrontMatterField(text: string, key: string, value: string): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (!hasFrontMatter(text)) return `---${newline}${key}: ${value}${newline}---${newline}${text}`;
  const { data, separator, prefixSeparator } = split(text) as {
    data: string;
    separator: string;
    prefixSeparator: boolean;
  };
  const start = prefixSeparator ? text.indexOf('\n') + 1 : 0;
  const end = start + data.length;
  if (separator.startsWith(';')) {
    // Hexo's JSON front matter: an object's members without the braces.
    const member = `${JSON.stringify(key)}: ${JSON.stringify(value)}${data.trim() ? ',' : ''}${newline}`;
    return text.slice(0, start) + member + text.slice(start);
  }
  const own = new RegExp(`^${key}:[^\\r\\n]*`, 'm').exec(data);
  if (own) return text.slice(0, start + own.index) + `${key}: ${value}` + text.slice(start + own.index + own[0].length);
  return `${text.slice(0, end)}${newline}${key}: ${value}${text.slice(end)}`;
}

/**
 * Settles in the post's text what Hexo guessed and the build would refuse: a post without `date`
 * gets the date Hexo gave it (from the file name by `new_post_name`, else the file's birth
 * time, in the site's time zone), and a draft gets `published: false`. Throws when Hexo itself
 * could not read the front matter.
 */
export function fixPost(text: string, facts: PostFacts): FixedPost {
  const fixes: string[] = [];
  let fixed = text;
  const fields = parse(text) as Record<string, unknown>;
  if (!fields.date) {
    const fromName = dateFromPostName(facts.newPostName, facts.path);
    if (fromName === undefined) {
      const date = formatFrontMatterDate(hexoFileDate(facts.stats), facts.timeZone);
      fixed = setFrontMatterField(fixed, 'date', date);
      fixes.push(`date: ${date} (no date: Hexo dated it by the file's creation time, ${facts.timeZone})`);
    } else if (dateFromFileName(postSlug(facts.path)) !== fromName) {
      fixed = setFrontMatterField(fixed, 'date', `${fromName} 00:00:00`);
      fixes.push(`date: ${fromName} 00:00:00 (from the file name by new_post_name ${facts.newPostName})`);
    }
  }
  if (facts.draft && fields.published !== false) {
    fixed = setFrontMatterField(fixed, 'published', 'false');
    fixes.push('published: false (a draft)');
  }
  return { text: fixed, fixes };
}
