import { parse } from 'hexo-front-matter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

import { canonicalFrontMatter } from './hexo-front-matter';

/** The front matter and body as contentlayer reads them from canonical text. */
function read(text: string) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { data: parseYaml(match[1]!), body: match[2] } : { data: undefined, body: text };
}

describe('canonicalFrontMatter', () => {
  it('leaves the usual form byte for byte', () => {
    const text = '---\ntitle: 안녕\ntags: [a]\n---\n본문\n';
    expect(canonicalFrontMatter(text)).toBe(text);
  });

  it('reads YAML after a blank line, keeping the body on its line', () => {
    const text = '\n---\ntitle: 빈 줄\ndate: 2020-01-02 03:04:05\n---\n첫 줄\n';
    const out = canonicalFrontMatter(text);
    expect(read(out)).toEqual({ data: { title: '빈 줄', date: '2020-01-02 03:04:05' }, body: '첫 줄\n' });
    expect(out.split('\n').indexOf('첫 줄')).toBe(text.split('\n').indexOf('첫 줄'));
  });

  it('reads YAML with no opening separator, up to the first --- line', () => {
    const out = canonicalFrontMatter('title: 여는 줄 없음\ntags:\n- 소식\n---\n본문\n\n---\n\n아래\n');
    expect(read(out)).toEqual({ data: { title: '여는 줄 없음', tags: ['소식'] }, body: '본문\n\n---\n\n아래\n' });
  });

  it('reads JSON front matter between ;;; lines', () => {
    const out = canonicalFrontMatter(';;;\n"title": "JSON",\n"tags": ["a", "b"]\n;;;\n본문');
    expect(read(out)).toEqual({ data: { title: 'JSON', tags: ['a', 'b'] }, body: '본문' });
  });

  it('turns tab-indented YAML into spaces, as Hexo does', () => {
    expect(read(canonicalFrontMatter('---\ntitle: 탭\ntags:\n\t- a\n\t- b\n---\n')).data).toEqual({
      title: '탭',
      tags: ['a', 'b'],
    });
  });

  it.each([
    ['a post with no front matter and a thematic break', '첫 문단\n\n---\n\n둘째 문단\n'],
    ['a setext heading', '제목\n---\n본문\n'],
    ['plain text', '그냥 글\n'],
  ])('leaves %s alone, as Hexo does', (_, text) => {
    expect(canonicalFrontMatter(text)).toBe(text);
  });

  it('agrees with hexo-front-matter on every form', () => {
    for (const text of [
      '\n---\ntitle: a\n---\nbody',
      'title: b\ncategories: [x, y]\n---\nbody',
      ';;;\n"title": "c"\n;;;\nbody',
      '---\ntitle: d\n---\nbody',
    ]) {
      const { _content: content, ...hexo } = parse(text) as Record<string, unknown>;
      const ours = read(canonicalFrontMatter(text));
      expect(ours.data).toEqual(hexo);
      expect(ours.body).toBe(content);
    }
  });
});
