import { describe, expect, it } from 'vitest';

import { lexTag } from './args';

const lex = (tag: string) => lexTag(tag, 0);

describe('lexTag', () => {
  it('splits the name and arguments at whitespace, across lines', () => {
    const source = '{% asset_img  photo.png\n  200 %}';
    expect(lex(source)).toEqual({ name: 'asset_img', args: ['photo.png', '200'], end: source.length });
  });

  it('groups quoted words and drops the quotes, as Nunjucks does', () => {
    expect(lex(`{% link "Hexo site" https://hexo.io 'the "best"' %}`)?.args).toEqual([
      'Hexo site',
      'https://hexo.io',
      'the "best"',
    ]);
    expect(lex(`{% img /a.png '"title text" "alt text"' %}`)?.args).toEqual(['/a.png', '"title text" "alt text"']);
  });

  it('glues a string to the word before it when a delimiter ends that word', () => {
    expect(lex('{% codeblock title:"a b" lang:js %}')?.args).toEqual(['title:a b', 'lang:js']);
  });

  it('reads a quote inside a word as a letter', () => {
    expect(lex("{% post_link hello-world Don't stop %}")?.args).toEqual(['hello-world', "Don't", 'stop']);
  });

  it('reads escapes inside quotes and drops empty strings', () => {
    expect(lex('{% x "a\\"b" "tab\\there" "" %}')?.args).toEqual(['a"b', 'tab\there']);
  });

  it('does not end the tag at a %} inside quotes', () => {
    const source = '{% link "100 %} sure" https://a.b %} after';
    expect(lex(source)).toEqual({ name: 'link', args: ['100 %} sure', 'https://a.b'], end: source.indexOf(' after') });
  });

  it("accepts Nunjucks' whitespace control", () => {
    expect(lex('{%- youtube abc -%}')).toEqual({ name: 'youtube', args: ['abc'], end: 19 });
  });

  it('returns undefined for a tag without %}', () => {
    expect(lex('{% post_link hello')).toBeUndefined();
  });
});
