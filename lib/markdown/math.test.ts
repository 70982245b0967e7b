import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { hasMath } from './math';

// The same plugins that render posts (contentlayer.config.ts), so a change in KaTeX's markup shows here.
const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('hasMath', () => {
  it('finds inline and display formulas', () => {
    expect(hasMath(render('피타고라스: $a^2 + b^2 = c^2$'))).toBe(true);
    expect(hasMath(render('$$\n\\int_0^1 x\\,dx\n$$'))).toBe(true);
  });

  it('finds none in prose, code or a dollar amount', () => {
    expect(hasMath(render('그냥 글입니다. 가격은 5,000원입니다.'))).toBe(false);
    expect(hasMath(render('```html\n<span class="katex">x</span>\n```'))).toBe(false);
    expect(hasMath(render('`class="katex"`을 씁니다.'))).toBe(false);
  });
});
