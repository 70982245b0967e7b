import { describe, expect, it } from 'vitest';

import { parseTimestamp } from '../lib/dates';
import { CATEGORIES, TAGS } from './corpus';
import { type GeneratedPost, generatePosts } from './gen-posts';

const FRONT_MATTER =
  /^---\ntitle: (".+")\ndate: (\S+ \S+)\n(?:updated: (\S+ \S+)\n)?categories:\n {2}- (.+)\n {2}- (.+)\ntags:\n((?: {2}- .+\n)+)---\n\n/;

/** Front-matter fields of a post, unquoting YAML double-quoted values (which are JSON strings). */
function parse(post: GeneratedPost) {
  const match = FRONT_MATTER.exec(post.content);
  if (!match) throw new Error(`${post.fileName}: unexpected front matter\n${post.content.slice(0, 400)}`);
  const [whole, title, date, updated, parent, child, tagLines] = match;
  const scalar = (value: string) => (value.startsWith('"') ? (JSON.parse(value) as string) : value);
  return {
    title: JSON.parse(title!) as string,
    date: date!,
    updated,
    categories: [scalar(parent!), scalar(child!)],
    tags: tagLines!
      .trimEnd()
      .split('\n')
      .map((line) => scalar(line.slice(4))),
    body: post.content.slice(whole.length),
  };
}

const posts = generatePosts(1000);
const parsed = posts.map(parse);

describe('generatePosts', () => {
  it('is deterministic, and post i does not depend on how many are generated', () => {
    expect(generatePosts(50)).toEqual(posts.slice(0, 50));
    expect(generatePosts(3)).toEqual(generatePosts(3));
  });

  it('returns N posts with unique, readable file names, some of them Korean', () => {
    expect(generatePosts(37)).toHaveLength(37);
    const names = posts.map((post) => post.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\p{L}+-\d{5}\.md$/u);
    expect(names.filter((name) => /^[가-힣]/.test(name)).length).toBeGreaterThan(50);
  });

  it('writes Hexo front matter: quoted title, zone-less dates, a two-level category, 1-5 tags', () => {
    for (const [index, { title, date, updated, categories, tags }] of parsed.entries()) {
      expect(title.length).toBeGreaterThan(0);
      for (const stamp of [date, updated].filter((value) => value !== undefined)) {
        expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        // The engine's own reader, on a sample: it costs over a millisecond a call.
        if (index < 100) expect(() => parseTimestamp(stamp, 'Asia/Seoul')).not.toThrow();
      }
      if (updated) expect(updated > date).toBe(true);
      const [parent, child] = categories;
      expect(CATEGORIES.find((category) => category.name === parent)?.children).toContain(child);
      expect(tags.length).toBeGreaterThanOrEqual(1);
      expect(tags.length).toBeLessThanOrEqual(5);
      expect(new Set(tags).size).toBe(tags.length);
      for (const tag of tags) expect(TAGS).toContain(tag);
    }
  });

  it('spreads dates over several years and uses every tag and category', () => {
    expect(new Set(parsed.map((post) => post.date.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(parsed.flatMap((post) => post.tags))).toEqual(new Set(TAGS));
    const children = CATEGORIES.flatMap((category) => category.children);
    expect(new Set(parsed.map((post) => post.categories[1]))).toEqual(new Set(children));
    expect(parsed.filter((post) => post.updated).length).toBeGreaterThan(100);
  });

  it('writes bodies of about 2,000 characters with headings, a list and Korean sentences', () => {
    const lengths = parsed.map((post) => post.body.length);
    expect(Math.min(...lengths)).toBeGreaterThan(1600);
    expect(Math.max(...lengths)).toBeLessThan(2800);
    const mean = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
    expect(mean).toBeGreaterThan(1900);
    expect(mean).toBeLessThan(2200);
    for (const { body } of parsed) {
      expect(body).toMatch(/^## \S/m);
      expect(body).toMatch(/^(- |1\. )\S/m);
      expect(body).toMatch(/[가-힣](다|요)\./);
    }
  });

  it('sometimes adds code, a table, a link and a <!-- more --> break', () => {
    const share = (pattern: RegExp) => parsed.filter((post) => pattern.test(post.body)).length / parsed.length;
    expect(share(/^```\w+$/m)).toBeGreaterThan(0.2);
    expect(share(/^\| --- \|/m)).toBeGreaterThan(0.15);
    expect(share(/\]\(https:\/\//)).toBeGreaterThan(0.4);
    expect(share(/^<!-- more -->$/m)).toBeGreaterThan(0.03);
    expect(share(/[A-Za-z]+ [a-z]+ [a-z]+/)).toBeGreaterThan(0.9);
  });
});
