import { describe, expect, it } from 'vitest';

import { robotsTxt } from './robots';

const facts = { home: '/', disallow: ['/category-feeds/'], sitemap: 'https://blog.example.com/sitemap.xml' };

/** Whether `agent` may crawl `path`, reading the file as Yeti and Daum do: the group for `*`, longest rule wins. */
function allowed(text: string, path: string): boolean {
  const rules = text
    .split('\n')
    .map((line) => /^(Allow|Disallow): (.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ allow: match[1] === 'Allow', path: match[2]! }))
    .filter((rule) => path.startsWith(rule.path))
    .sort((a, b) => b.path.length - a.path.length);
  return rules[0]?.allow ?? true;
}

describe('robotsTxt', () => {
  it('lets every crawler read every page and names the sitemap', () => {
    const text = robotsTxt(facts);
    expect(text).toBe(
      'User-Agent: *\nAllow: /\nDisallow: /category-feeds/\n\nSitemap: https://blog.example.com/sitemap.xml\n',
    );
    for (const path of ['/', '/posts/서울의-봄', '/tags/%EC%86%8C%EC%8B%9D', '/feed.xml', '/sitemap.xml']) {
      expect(allowed(text, path), path).toBe(true);
    }
    expect(allowed(text, '/category-feeds/개발/feed.xml')).toBe(false);
  });

  it("carries Daum's PIN code as the comment its webmaster tool looks for", () => {
    expect(robotsTxt({ ...facts, daumPin: '9f8e:blogowner' })).toMatch(/^#DaumWebMasterTool:9f8e:blogowner$/m);
  });
});
