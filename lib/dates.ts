import { Temporal } from 'temporal-polyfill';

// Hexo and YAML timestamps: a date, an optional time (with `T` or spaces), an optional offset.
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a front-matter timestamp. Without an offset the wall-clock time is read in `timeZone`;
 * with one, the offset wins. The result never depends on the machine's `TZ`.
 *
 * @throws when the text is not a valid calendar date and time.
 */
export function parseTimestamp(text: string, timeZone: string): Date {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:mm:ss)`);
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', offset] = match;
  let wallClock: Temporal.PlainDateTime;
  try {
    wallClock = Temporal.PlainDateTime.from(
      {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour),
        minute: Number(minute),
        second: Number(second),
        millisecond: Number(fraction.slice(0, 3).padEnd(3, '0')),
      },
      { overflow: 'reject' },
    );
  } catch {
    throw new Error(`"${text}" is not a valid calendar date and time`);
  }
  if (!offset) {
    // Temporal decides from the site zone alone, never the machine's `TZ`: a time skipped by a
    // DST jump moves forward, a repeated one takes its first occurrence ("compatible").
    return new Date(wallClock.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds);
  }
  try {
    return new Date(Temporal.Instant.from(`${wallClock.toString()}${normalizeOffset(offset)}`).epochMilliseconds);
  } catch {
    throw new Error(`"${text}" has an invalid offset "${offset}"`);
  }
}

function normalizeOffset(offset: string): string {
  if (offset === 'Z' || offset === 'z') return 'Z';
  const [, sign, hours, minutes = '00'] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset)!;
  return `${sign}${pad(Number(hours))}:${minutes}`;
}

/** The `YYYY-MM-DD` that Hexo's `new_post_name` puts in front of a file name, if any. */
export function dateFromFileName(fileName: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})-/.exec(fileName)?.[1];
}

// Building an Intl.DateTimeFormat costs far more than using one (about a millisecond in a phone's
// browser): archives and search results format a date per post, so each format is built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = JSON.stringify([locale, options]);
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(id, format);
  }
  return format;
}

/** Formats an instant as a calendar date in the site's locale and time zone (`2025년 1월 10일`). */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

/** The calendar date of an instant in `timeZone`, as `YYYY-MM-DD` (for `<time dateTime>`). */
export function isoDateIn(date: Date, timeZone: string): string {
  return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * An instant as ISO 8601 with the offset of `timeZone` (`2025-01-10T00:35:33+09:00`), for
 * structured data and Open Graph, where readers see the author's local time.
 */
export function isoDateTimeIn(date: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime())
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * The calendar year and month (1–12) of an instant in `timeZone`, for archives: a post at
 * 00:30 on January 1 in Seoul is in January, though it is still December 31 in UTC.
 */
export function yearMonthIn(date: Date, timeZone: string): { year: number; month: number } {
  const parts = dateFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

// A calendar month has no time zone: format its middle in UTC so no offset can move it.
const midMonth = (year: number, month = 1) => new Date(Date.UTC(year, month - 1, 15));

/** A year as readers of `locale` write it (`2025년`, `2025`). */
export function formatYear(year: number, locale: string): string {
  return dateFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(midMonth(year));
}

/** A month of a year as readers of `locale` write it (`2025년 1월`, `January 2025`). */
export function formatYearMonth(year: number, month: number, locale: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(midMonth(year, month));
}

/** A month's name alone (`1월`, `1月`, `January`), under a heading that already names the year. */
export function formatMonth(month: number, locale: string): string {
  // Alone, Chinese names a month in words (`一月`) though it writes `2025年1月` with the year:
  // name it as the locale does beside the year, so the list matches the month's own heading.
  const withYear = dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthBesideYear = withYear.formatToParts(midMonth(2000)).find((part) => part.type === 'month')?.value;
  const inDigits = /^\p{Nd}+$/u.test(monthBesideYear ?? '');
  return dateFormat(locale, { month: inDigits ? 'numeric' : 'long', timeZone: 'UTC' }).format(midMonth(2000, month));
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
