import { describe, expect, it } from 'vitest';

import { checkBodyType, exportFile, planExport, routeSegments, withTrailingSlash } from './export-paths';

describe('exportFile', () => {
  it('puts the home page at index.html', () => {
    expect(exportFile('/', 'page')).toBe('index.html');
  });

  it('writes a page /a/b as a/b.html, which static hosts find beside a folder a/b/', () => {
    expect(exportFile('/tags/react', 'page')).toBe('tags/react.html');
    expect(exportFile('/tags/react/page/2', 'page')).toBe('tags/react/page/2.html');
    expect(exportFile('/posts/x', 'page')).toBe('posts/x.html');
  });

  it('writes a page /a/b/ (trailing slash) as a/b/index.html', () => {
    expect(exportFile('/2024/05/hello/', 'page')).toBe('2024/05/hello/index.html');
  });

  it('writes a page /a/b.html at exactly that file', () => {
    expect(exportFile('/2024/05/hello.html', 'page')).toBe('2024/05/hello.html');
    expect(exportFile('/about/index.html', 'page')).toBe('about/index.html');
  });

  it('gives a page whose slug has a dot its .html all the same', () => {
    expect(exportFile('/tags/node.js', 'page')).toBe('tags/node.js.html');
  });

  it('writes a route handler body at exactly its path', () => {
    expect(exportFile('/feed.xml', 'body')).toBe('feed.xml');
    expect(exportFile('/robots.txt', 'body')).toBe('robots.txt');
    expect(exportFile('/tags/소식/feed.xml', 'body')).toBe('tags/소식/feed.xml');
  });

  it('refuses a body without an extension: a static host could not type it', () => {
    expect(() => exportFile('/category-feeds/개발', 'body')).toThrow(/category-feeds\/개발.*no file extension/);
  });

  it('names files by decoded NFC names, the ones a static host looks up', () => {
    expect(exportFile('/tags/소식', 'page')).toBe('tags/소식.html');
    expect(exportFile('/posts/日本語の記事', 'page')).toBe('posts/日本語の記事.html');
    expect(exportFile('/tags/旅行', 'page')).toBe('tags/旅行.html');
    const nfd = '/tags/소식'.normalize('NFD');
    expect(exportFile(nfd, 'page')).toBe('tags/소식.html'.normalize('NFC'));
  });
});

describe('routeSegments', () => {
  it('decodes only the delimiters Next.js escapes, and a literal percent stays', () => {
    expect(routeSegments('/posts/c%23-notes')).toEqual(['posts', 'c#-notes']);
    expect(routeSegments('/posts/what%3F')).toEqual(['posts', 'what?']);
    expect(routeSegments('/posts/100%25')).toEqual(['posts', '100%25']);
    expect(routeSegments('/posts/a%253Fb')).toEqual(['posts', 'a%3Fb']);
  });

  it('refuses segments that would leave out/ or split a file name', () => {
    expect(() => routeSegments('/posts/..')).toThrow(/"\.\."/);
    expect(() => routeSegments('/posts/a%2Fb')).toThrow(/posts\/a%2Fb/);
    expect(() => routeSegments('/a//b')).toThrow();
    expect(() => routeSegments('tags')).toThrow(/does not start with/);
  });
});

describe('withTrailingSlash', () => {
  it('gives a page the slash Next.js adds under trailingSlash: true, so it becomes …/index.html', () => {
    expect(withTrailingSlash('/tags/react')).toBe('/tags/react/');
    expect(exportFile(withTrailingSlash('/2015/01/15/hello'), 'page')).toBe('2015/01/15/hello/index.html');
    expect(withTrailingSlash('/tags/소식')).toBe('/tags/소식/');
  });

  it('leaves the home page, paths that already end in / and paths with an extension', () => {
    expect(withTrailingSlash('/')).toBe('/');
    expect(withTrailingSlash('/a/b/')).toBe('/a/b/');
    expect(withTrailingSlash('/feed.xml')).toBe('/feed.xml');
    expect(withTrailingSlash('/2015/hello.html')).toBe('/2015/hello.html');
  });
});

describe('checkBodyType', () => {
  it('accepts the types of feeds, sitemap, robots and icon under their extensions', () => {
    expect(() => checkBodyType('/feed.xml', 'application/rss+xml; charset=utf-8')).not.toThrow();
    expect(() => checkBodyType('/atom.xml', 'application/atom+xml; charset=utf-8')).not.toThrow();
    expect(() => checkBodyType('/feed.json', 'application/feed+json; charset=utf-8')).not.toThrow();
    expect(() => checkBodyType('/sitemap.xml', 'application/xml')).not.toThrow();
    expect(() => checkBodyType('/robots.txt', 'text/plain')).not.toThrow();
    expect(() => checkBodyType('/icon.svg', 'image/svg+xml')).not.toThrow();
  });

  it('fails, naming the route, when the extension would make a static host send another type', () => {
    expect(() => checkBodyType('/data.json', 'text/html')).toThrow(/"\/data\.json" answers "text\/html"/);
    expect(() => checkBodyType('/x.bin', 'application/octet-stream')).toThrow(/"\/x\.bin".*"\.bin"/);
  });
});

describe('planExport', () => {
  it('writes the not-found page as 404.html and leaves the global error page out', () => {
    const entries = planExport([
      { route: '/', kind: 'page' },
      { route: '/_not-found', kind: 'page' },
      { route: '/_global-error', kind: 'page' },
    ]);
    expect(entries.map((entry) => entry.file)).toEqual(['index.html', '404.html']);
  });

  it('refuses an internal route it does not know', () => {
    expect(() => planExport([{ route: '/_error', kind: 'page' }])).toThrow(/"\/_error" is internal/);
  });

  it('writes a route at the path readers use', () => {
    const [entry] = planExport([{ route: '/category-feeds/개발', kind: 'body' }], () => '/categories/개발/feed.xml');
    expect(entry).toEqual({
      route: '/category-feeds/개발',
      path: '/categories/개발/feed.xml',
      kind: 'body',
      file: 'categories/개발/feed.xml',
    });
  });

  it('fails, naming both routes, when two routes map to one file', () => {
    expect(() =>
      planExport([
        { route: '/2024/hello', kind: 'page' },
        { route: '/2024/hello.html', kind: 'page' },
      ]),
    ).toThrow(/"\/2024\/hello\.html" and "\/2024\/hello" both map to out\/2024\/hello\.html/);
    expect(() =>
      planExport([
        { route: '/tags/소식', kind: 'page' },
        { route: '/tags/소식'.normalize('NFD'), kind: 'page' },
      ]),
    ).toThrow(/both map to out\/tags\/소식\.html/);
  });

  it('fails when a route lands on a file from public/', () => {
    expect(() =>
      planExport([{ route: '/robots.txt', kind: 'body' }], undefined, new Map([['robots.txt', 'public/robots.txt']])),
    ).toThrow(/"\/robots\.txt" and public\/robots\.txt both map to out\/robots\.txt/);
  });

  it('fails when one route needs as a folder the file of another', () => {
    expect(() =>
      planExport([
        { route: '/a.html', kind: 'page' },
        { route: '/a.html/b', kind: 'page' },
      ]),
    ).toThrow(/"\/a\.html" is the file out\/a\.html, but "\/a\.html\/b" needs it as a folder/);
  });
});
