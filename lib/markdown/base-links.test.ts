import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { rehypeBaseLinks } from './base-links';

const run = (html: string, toUrl?: (href: string) => string) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeBaseLinks, { toUrl })
      .use(rehypeStringify)
      .processSync(html),
  );

describe('rehypeBaseLinks', () => {
  const underBlog = (href: string) => (href.startsWith('/') && !href.startsWith('//') ? `/blog${href}` : href);

  it('passes every link, image and media URL through the site link rule', () => {
    expect(run('<a href="/about/">a</a><img src="/images/a.png" alt="">', underBlog)).toBe(
      '<a href="/blog/about/">a</a><img src="/blog/images/a.png" alt="">',
    );
    expect(run('<video src="/v.mp4" poster="/p.png"></video><iframe src="/demo.html"></iframe>', underBlog)).toBe(
      '<video src="/blog/v.mp4" poster="/blog/p.png"></video><iframe src="/blog/demo.html"></iframe>',
    );
  });

  it('leaves other attributes and elements alone', () => {
    expect(run('<p title="/x"><span data-href="/y">z</span></p>', underBlog)).toBe(
      '<p title="/x"><span data-href="/y">z</span></p>',
    );
  });

  it('changes nothing at the root of a host (the site rule of the test run)', () => {
    const html = '<a href="/about/">a</a><img src="/images/a.png" alt=""><a href="#x">x</a>';
    expect(run(html)).toBe(html);
  });
});
