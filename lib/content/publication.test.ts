import { describe, expect, it } from 'vitest';

import { parseTimestamp } from '../dates';
import { isPublishedAt } from './publication';

const now = new Date('2025-03-01T00:00:00Z'); // 09:00 in Seoul
const seoul = (text: string) => parseTimestamp(text, 'Asia/Seoul');

describe('isPublishedAt', () => {
  it('builds every post but drafts when future posts are allowed (Hexo’s default)', () => {
    expect(isPublishedAt(true, seoul('2099-01-01 00:00:00'), { future: true, now })).toBe(true);
    expect(isPublishedAt(false, seoul('2000-01-01 00:00:00'), { future: true, now })).toBe(false);
  });

  it('holds back a post dated after the build, read in the site’s time zone, with future: false', () => {
    const rule = { future: false, now };
    expect(isPublishedAt(true, seoul('2025-03-01 09:00:00'), rule)).toBe(true);
    expect(isPublishedAt(true, seoul('2025-03-01 09:00:01'), rule)).toBe(false);
    expect(isPublishedAt(true, seoul('2025-02-28 23:59:59'), rule)).toBe(true);
    expect(isPublishedAt(false, seoul('2025-02-28 23:59:59'), rule)).toBe(false);
  });
});
