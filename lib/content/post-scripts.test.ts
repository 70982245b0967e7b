import { describe, expect, it } from 'vitest';

import { removeScripts } from './post-scripts';

describe('removeScripts', () => {
  it('leaves a post without scripts as it is', () => {
    const text = '# 제목\n\n본문\n';
    expect(removeScripts(text)).toEqual({ markdown: text, removed: [] });
  });

  it('turns a gist embed into the gist tag, with its file', () => {
    const { markdown, removed } = removeScripts(
      '위\n\n<script src="https://gist.github.com/hong/996818.js?file=a.js"></script>\n',
    );
    expect(markdown).toBe('위\n\n{% gist 996818 a.js %}\n');
    expect(removed).toEqual([{ line: 3, message: expect.stringContaining('replaced by {% gist 996818 a.js %}') }]);
  });

  it('turns a JSFiddle embed into the jsfiddle tag', () => {
    expect(removeScripts('<script async src="//jsfiddle.net/hong/NmudS/embed/"></script>').markdown).toBe(
      '{% jsfiddle NmudS %}',
    );
  });

  it("drops CodePen's script and keeps its fallback paragraph", () => {
    const pen =
      '<p class="codepen" data-slug-hash="abc"><a href="https://codepen.io/hong/pen/abc">펜</a></p>\n' +
      '<script async src="https://cpwebassets.codepen.io/assets/embed/ei.js"></script>';
    expect(removeScripts(pen).markdown).toBe(pen.split('\n')[0] + '\n');
  });

  it('removes any other script and reports its line', () => {
    const { markdown, removed } = removeScripts('하나\n\n<script>\nalert(1)\n</SCRIPT >\n\n둘\n');
    expect(markdown).toBe('하나\n\n\n\n둘\n');
    expect(removed).toEqual([{ line: 3, message: expect.stringContaining("removed: pages run only the site's own") }]);
  });

  it('leaves scripts that are shown as code', () => {
    const text = '```html\n<script src="https://gist.github.com/a/1.js"></script>\n```\n\n`<script>x</script>`\n';
    expect(removeScripts(text)).toEqual({ markdown: text, removed: [] });
  });
});
