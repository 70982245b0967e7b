import { describe, expect, it } from 'vitest';

import { withoutScripts } from './without-scripts';

describe('withoutScripts', () => {
  it('takes out script tags, inline and external, and script preloads', () => {
    const html =
      '<head><link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/>' +
      '<link rel="stylesheet" href="/_next/a.css"/><script src="/_next/b.js" async=""></script></head>' +
      '<body><p>본문</p><script>self.__next_f.push([1,"<p>"])</script><script>(function(){})()</script></body>';
    expect(withoutScripts(html)).toBe(
      '<head><link rel="stylesheet" href="/_next/a.css"/></head><body><p>본문</p></body>',
    );
  });

  it('keeps JSON-LD, which is data', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"BlogPosting"}</script>';
    expect(withoutScripts(`<body>${jsonLd}<script>run()</script></body>`)).toBe(`<body>${jsonLd}</body>`);
  });
});
