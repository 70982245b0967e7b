import { describe, expect, it } from 'vitest';

import {
  dateFromFileName,
  formatDate,
  formatMonth,
  formatYear,
  formatYearMonth,
  isoDateIn,
  isoDateTimeIn,
  parseTimestamp,
  yearMonthIn,
} from './dates';

// These run under TZ=UTC, Asia/Seoul and America/Los_Angeles: every assertion is on an instant
// or on a string formatted in an explicit zone, never on the machine's local fields.
const SEOUL = 'Asia/Seoul';
const LA = 'America/Los_Angeles';

const iso = (text: string, timeZone = SEOUL) => parseTimestamp(text, timeZone).toISOString();

describe('parseTimestamp without an offset', () => {
  it.each([
    ['2025-01-10 00:35:33', '2025-01-09T15:35:33.000Z'],
    ['2025-01-10', '2025-01-09T15:00:00.000Z'],
    ['2025-01-10T00:35', '2025-01-09T15:35:00.000Z'],
    ['2025-01-10T00:35:33.25', '2025-01-09T15:35:33.250Z'],
    ['2025-1-5 9:05', '2025-01-05T00:05:00.000Z'],
    ['  2025-01-10 00:35:33  ', '2025-01-09T15:35:33.000Z'],
  ])('reads %j as Seoul wall-clock time', (text, instant) => {
    expect(iso(text)).toBe(instant);
  });

  it('shows 2025-01-10 00:35:33 on January 10 in Seoul, though it is January 9 in UTC', () => {
    const date = parseTimestamp('2025-01-10 00:35:33', SEOUL);
    expect(formatDate(date, 'ko-KR', SEOUL)).toBe('2025년 1월 10일');
    expect(isoDateIn(date, SEOUL)).toBe('2025-01-10');
    expect(isoDateIn(date, 'UTC')).toBe('2025-01-09');
  });

  it('reads the same text as a different instant in another site zone', () => {
    expect(iso('2025-01-10 00:35:33', 'UTC')).toBe('2025-01-10T00:35:33.000Z');
    expect(iso('2025-01-10 00:35:33', LA)).toBe('2025-01-10T08:35:33.000Z');
  });
});

describe('parseTimestamp across daylight saving time in America/Los_Angeles', () => {
  it('uses PST (-08:00) in winter and PDT (-07:00) in summer', () => {
    expect(iso('2025-01-10 12:00', LA)).toBe('2025-01-10T20:00:00.000Z');
    expect(iso('2025-07-10 12:00', LA)).toBe('2025-07-10T19:00:00.000Z');
  });

  it('changes offset on the night of the spring change', () => {
    expect(iso('2025-03-09 01:59', LA)).toBe('2025-03-09T09:59:00.000Z');
    expect(iso('2025-03-09 03:00', LA)).toBe('2025-03-09T10:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward by the hour skipped', () => {
    // 02:30 never shows on the clocks; like Temporal's "compatible" mode it reads as 03:30 PDT.
    expect(iso('2025-03-09 02:30', LA)).toBe('2025-03-09T10:30:00.000Z');
  });

  it('reads a time repeated by the autumn change as its first occurrence, whatever TZ is', () => {
    expect(iso('2025-11-02 00:30', LA)).toBe('2025-11-02T07:30:00.000Z');
    expect(iso('2025-11-02 01:30', LA)).toBe('2025-11-02T08:30:00.000Z');
    expect(iso('2025-11-02 02:30', LA)).toBe('2025-11-02T10:30:00.000Z');
  });

  it('formats an evening post on its own calendar day in the site zone', () => {
    const date = parseTimestamp('2025-07-10 23:30', LA);
    expect(date.toISOString()).toBe('2025-07-11T06:30:00.000Z');
    expect(isoDateIn(date, LA)).toBe('2025-07-10');
    expect(formatDate(date, 'en-US', LA)).toBe('July 10, 2025');
  });
});

describe('parseTimestamp with an offset', () => {
  it.each([
    ['2025-01-10 00:35:33Z', '2025-01-10T00:35:33.000Z'],
    ['2025-01-10T00:35:33z', '2025-01-10T00:35:33.000Z'],
    ['2025-01-10 00:35:33+09:00', '2025-01-09T15:35:33.000Z'],
    ['2025-01-10T00:35:33-05:00', '2025-01-10T05:35:33.000Z'],
    ['2025-01-10 00:35:33+0900', '2025-01-09T15:35:33.000Z'],
    ['2025-01-10 00:35:33 -5', '2025-01-10T05:35:33.000Z'],
    ['2025-01-10 00:35:33 +5:30', '2025-01-09T19:05:33.000Z'],
    ['2025-01-10T00:35:33.5Z', '2025-01-10T00:35:33.500Z'],
  ])('lets the offset in %j win over the site zone', (text, instant) => {
    expect(iso(text, SEOUL)).toBe(instant);
    expect(iso(text, LA)).toBe(instant);
  });
});

describe('parseTimestamp rejects what is not a date', () => {
  it.each(['2025-13-01', '2025-02-30', '2025-02-29', 'yesterday', '2025-01-10 25:00', '2025-01-10 12:60', ''])(
    'throws on %j',
    (text) => {
      expect(() => parseTimestamp(text, SEOUL)).toThrow(/not a (valid calendar )?date/);
    },
  );

  it('accepts February 29 in a leap year', () => {
    expect(iso('2024-02-29', 'UTC')).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each(['2025-01-10 00:00 +25', '2025-01-10 00:00 +09:75'])('throws on the impossible offset in %j', (text) => {
    expect(() => parseTimestamp(text, SEOUL)).toThrow(/invalid offset/);
  });

  it('throws on an unknown time zone instead of returning an Invalid Date', () => {
    expect(() => parseTimestamp('2025-01-10', 'Asia/Seol')).toThrow(RangeError);
  });
});

describe('dateFromFileName', () => {
  it('reads the YYYY-MM-DD- prefix Hexo puts in front of a file name', () => {
    expect(dateFromFileName('2024-03-05-hello')).toBe('2024-03-05');
    expect(dateFromFileName('2024-03-05-첫-글')).toBe('2024-03-05');
  });

  it.each(['hello', '2024-03-05', '2024-3-5-hello', 'x2024-03-05-hello'])('finds no date in %j', (name) => {
    expect(dateFromFileName(name)).toBeUndefined();
  });
});

describe('isoDateTimeIn', () => {
  it('writes the instant with the offset of the site zone, whatever the machine zone', () => {
    const instant = new Date('2025-01-09T15:35:33.789Z');
    expect(isoDateTimeIn(instant, 'Asia/Seoul')).toBe('2025-01-10T00:35:33+09:00');
    expect(isoDateTimeIn(instant, 'UTC')).toBe('2025-01-09T15:35:33+00:00');
    expect(new Date(isoDateTimeIn(instant, 'America/Los_Angeles')).getTime()).toBe(Date.parse('2025-01-09T15:35:33Z'));
  });
});

describe('yearMonthIn', () => {
  it('puts 00:30 on January 1 in Seoul in January, though it is December 31 in UTC', () => {
    const date = parseTimestamp('2025-01-01 00:30', SEOUL);
    expect(date.toISOString()).toBe('2024-12-31T15:30:00.000Z');
    expect(yearMonthIn(date, SEOUL)).toEqual({ year: 2025, month: 1 });
    expect(yearMonthIn(date, 'UTC')).toEqual({ year: 2024, month: 12 });
  });

  it('puts the last evening of a month in Los Angeles in that month, though UTC has moved on', () => {
    const date = parseTimestamp('2025-06-30 23:30', LA);
    expect(yearMonthIn(date, LA)).toEqual({ year: 2025, month: 6 });
    expect(yearMonthIn(date, SEOUL)).toEqual({ year: 2025, month: 7 });
  });

  it('gives months 1 to 12', () => {
    expect(yearMonthIn(new Date('2025-12-15T00:00:00Z'), 'UTC')).toEqual({ year: 2025, month: 12 });
    expect(yearMonthIn(new Date('2025-01-15T00:00:00Z'), 'UTC')).toEqual({ year: 2025, month: 1 });
  });
});

describe('formatYear, formatYearMonth and formatMonth', () => {
  it('write a year and a month as Korean readers do', () => {
    expect(formatYear(2025, 'ko-KR')).toBe('2025년');
    expect(formatYearMonth(2025, 1, 'ko-KR')).toBe('2025년 1월');
    expect(formatMonth(12, 'ko-KR')).toBe('12월');
  });

  it('write a year and a month as English readers do', () => {
    expect(formatYear(2025, 'en-US')).toBe('2025');
    expect(formatYearMonth(2025, 1, 'en-US')).toBe('January 2025');
    expect(formatMonth(12, 'en-US')).toBe('December');
  });
});

describe('dates in Japanese and Chinese', () => {
  const date = parseTimestamp('2025-01-10 00:35:33', SEOUL);

  it.each(['ja-JP', 'zh-CN', 'zh-TW'])('formats a date, a year and a month as %s readers do', (locale) => {
    expect(formatDate(date, locale, SEOUL)).toBe('2025年1月10日');
    expect(formatDate(date, locale, 'UTC')).toBe('2025年1月9日');
    expect(formatYear(2025, locale)).toBe('2025年');
    expect(formatYearMonth(2025, 1, locale)).toBe('2025年1月');
    expect(formatYearMonth(2025, 12, locale)).toBe('2025年12月');
    expect(formatMonth(1, locale)).toBe('1月');
    expect(formatMonth(12, locale)).toBe('12月');
  });

  it('names a month alone in digits in Simplified Chinese too, as beside its year', () => {
    // Alone, Intl writes `一月` for zh-CN; the archive lists it under `2025年` beside `2025年1月`.
    expect(new Intl.DateTimeFormat('zh-CN', { month: 'long', timeZone: 'UTC' }).format(date)).toBe('一月');
    expect(formatMonth(1, 'zh-CN')).toBe('1月');
  });
});
