import { describe, expect, it } from 'vitest';

import { cutAtSentence, makeExcerpt, markdownToText } from './excerpt';

// Korean sentences of known length, so a cut can be checked against sentence ends.
const KO_SENTENCES = [
  '오늘은 새 블로그 엔진을 소개합니다.',
  '한글 글을 먼저 생각하고 만들었어요.',
  '날짜는 서울 시간으로 읽고, 태그와 분류는 Hexo와 같은 방식으로 읽습니다.',
  '글 목록에는 첫 문단을 문장 단위로 잘라서 보여 줍니다.',
  '긴 문장이 나와도 단어 중간에서 자르지 않아요.',
  '마지막으로 검색과 피드도 같은 데이터를 씁니다.',
  '이 문장은 잘려서 보이지 않아야 합니다.',
];

describe('markdownToText', () => {
  it('drops Markdown syntax and keeps the words', () => {
    const text = markdownToText('# 제목\n\n**굵게** _기울임_ `코드` [링크](https://example.com) ~~취소~~');
    expect(text).toBe('제목 굵게 기울임 코드 링크 취소');
  });

  it('skips code blocks, HTML blocks and link definitions', () => {
    const text = markdownToText('본문.\n\n```js\nconst a = 1;\n```\n\n<div>상자</div>\n\n[ref]: https://example.com');
    expect(text).toBe('본문.');
  });

  it('keeps list items, quoted paragraphs and table cells apart', () => {
    expect(markdownToText('- 하나\n- 둘')).toBe('하나 둘');
    expect(markdownToText('> 첫 문단\n>\n> 둘째 문단')).toBe('첫 문단 둘째 문단');
    expect(markdownToText('| 이름 | 값 |\n| --- | --- |\n| 가 | 1 |')).toBe('이름 값 가 1');
  });

  it('turns line breaks into spaces and drops inline HTML tags', () => {
    expect(markdownToText('첫 줄  \n둘째 줄')).toBe('첫 줄 둘째 줄');
    expect(markdownToText('첫 줄<br>둘째 줄')).toBe('첫 줄 둘째 줄');
    expect(markdownToText('<span class="x">강조</span>된 말')).toBe('강조된 말');
  });

  it('skips paragraphs that are only links, bare URLs included', () => {
    const markdown = [
      '<https://blog.samaltman.com/reflections>',
      '[Reflections](https://blog.samaltman.com/reflections)',
      'https://example.com/source',
      '[하나](https://a.example) [둘](https://b.example)',
      '본문이 여기서 시작됩니다.',
    ].join('\n\n');
    expect(markdownToText(markdown)).toBe('본문이 여기서 시작됩니다.');
  });

  it('keeps a paragraph that has words besides its link', () => {
    expect(markdownToText('출처: [원문](https://example.com)')).toBe('출처: 원문');
  });
});

describe('cutAtSentence', () => {
  it('returns short text unchanged', () => {
    expect(cutAtSentence('짧은 글입니다.', 'ko-KR')).toBe('짧은 글입니다.');
  });

  it('cuts Korean text after a whole sentence ending in 다. or 요.', () => {
    const text = KO_SENTENCES.join(' ');
    const cut = cutAtSentence(text, 'ko-KR');
    expect(cut.length).toBeLessThan(text.length);
    expect(text.startsWith(cut)).toBe(true);
    expect(cut).toMatch(/[다요]\.$/);
    // Every sentence in the cut is whole: the cut is the first N sentences joined.
    const count = KO_SENTENCES.findIndex((_, i) => KO_SENTENCES.slice(0, i + 1).join(' ') === cut) + 1;
    expect(count).toBeGreaterThan(0);
    expect(cut.length).toBeGreaterThanOrEqual(150);
    expect(cut.length).toBeLessThanOrEqual(225);
  });

  it('cuts English text after a full stop, not inside a number', () => {
    // 74 characters a sentence: two fall short of the 150 target, three reach it.
    const sentence = 'Version 3.14 of the engine reads posts written for Hexo without changes. ';
    const text = sentence.repeat(5).trim();
    const cut = cutAtSentence(text, 'en');
    expect(cut).toBe(sentence.repeat(3).trim());
  });

  it('stays closer to the target with a smaller one', () => {
    expect(cutAtSentence(KO_SENTENCES.join(' '), 'ko-KR', 30)).toBe(`${KO_SENTENCES[0]} ${KO_SENTENCES[1]}`);
  });

  it('cuts one very long sentence at a word boundary and marks the cut', () => {
    const words = Array.from({ length: 80 }, (_, i) => `낱말${i}`);
    const text = words.join(' ');
    const cut = cutAtSentence(text, 'ko-KR');
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(150);
    expect(kept.length).toBeGreaterThan(100);
    expect(text.startsWith(kept)).toBe(true);
    // The next character in the original is the space after a whole word.
    expect(text[kept.length]).toBe(' ');
  });
});

describe('makeExcerpt', () => {
  const body =
    '첫 문단은 **굵은** 글씨와 [링크](https://example.com)가 있습니다.\n\n<!-- more -->\n\n나머지 본문입니다.';

  it('lets an explicit excerpt win, trimmed', () => {
    expect(makeExcerpt(body, '  직접 쓴 요약.  ', 'ko-KR')).toBe('직접 쓴 요약.');
  });

  it('ignores a blank explicit excerpt', () => {
    expect(makeExcerpt(body, '   ', 'ko-KR')).toBe('첫 문단은 굵은 글씨와 링크가 있습니다.');
  });

  it('gives the text above <!-- more --> as plain text', () => {
    const excerpt = makeExcerpt(body, undefined, 'ko-KR');
    expect(excerpt).toBe('첫 문단은 굵은 글씨와 링크가 있습니다.');
    expect(excerpt).not.toMatch(/[*[\]()<>]/);
  });

  it('accepts the marker in any case and spacing, and does not cut the text above it', () => {
    const above = KO_SENTENCES.join(' ');
    expect(makeExcerpt(`${above}\n\n<!--MORE-->\n\n아래`, undefined, 'ko-KR')).toBe(above);
    expect(makeExcerpt(`위 문단이다.<!--more-->아래`, undefined, 'ko-KR')).toBe('위 문단이다.');
  });

  it('without a marker, skips link-only lines and cuts the opening at a sentence end', () => {
    const markdown = ['[Reflections](https://blog.samaltman.com/reflections)', ...KO_SENTENCES].join('\n\n');
    const excerpt = makeExcerpt(markdown, undefined, 'ko-KR');
    expect(excerpt.startsWith(KO_SENTENCES[0] ?? '')).toBe(true);
    expect(excerpt).toMatch(/[다요]\.$/);
    expect(excerpt).not.toContain(KO_SENTENCES[6]);
  });
});
