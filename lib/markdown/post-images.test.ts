import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { assetCandidates } from './post-assets';
import { rehypePostImages } from './post-images';

// A 4×2 grey PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAAAAABawyK/AAAAC0lEQVR4nGNggAEAAAoAAX+AdF4AAAAASUVORK5CYII=',
  'base64',
);

let root: string;
let contentDir: string;
let publicDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'post-images-'));
  contentDir = path.join(root, 'posts');
  publicDir = path.join(root, 'public');
  mkdirSync(path.join(contentDir, 'notes/my-post/img'), { recursive: true });
  mkdirSync(path.join(publicDir, 'images'), { recursive: true });
  writeFileSync(path.join(contentDir, 'notes/my-post.md'), '');
  writeFileSync(path.join(contentDir, 'notes/my-post/photo.png'), png);
  writeFileSync(path.join(contentDir, 'notes/my-post/img/deep.png'), png);
  // As macOS writes Hangul file names: decomposed.
  writeFileSync(path.join(contentDir, 'notes/my-post', '사진.png'.normalize('NFD')), png);
  writeFileSync(path.join(publicDir, 'images/site.png'), png);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function render(html: string, warn = vi.fn()) {
  const output = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypePostImages, { contentDir, publicDir, warn })
    .use(rehypeStringify)
    .processSync({ value: html, data: { rawDocumentData: { sourceFilePath: 'notes/my-post.md' } } });
  return String(output);
}

describe('assetCandidates', () => {
  it('reads a src relative to the post file, then to its asset folder', () => {
    expect(assetCandidates('notes/my-post.md', 'my-post/photo.png')).toEqual(['photo.png', 'my-post/photo.png']);
    expect(assetCandidates('notes/my-post.md', './photo.png')).toEqual(['photo.png']);
    expect(assetCandidates('notes/my-post.md', 'img/deep.png')).toEqual(['img/deep.png']);
  });

  it('never leaves the asset folder', () => {
    expect(assetCandidates('notes/my-post.md', '../secret.png')).toEqual([]);
    expect(assetCandidates('notes/my-post.md', 'my-post/../../x.png')).toEqual([]);
  });
});

describe('rehypePostImages', () => {
  it('points asset-folder images at the post URL and gives them their size', () => {
    for (const src of ['photo.png', './photo.png', 'my-post/photo.png']) {
      expect(render(`<img src="${src}" alt="사진">`)).toBe(
        '<img src="/posts/my-post/photo.png" alt="사진" width="4" height="2" loading="lazy" decoding="async">',
      );
    }
    expect(render('<img src="img/deep.png?v=2" alt="a">')).toContain('src="/posts/my-post/img/deep.png?v=2"');
  });

  it('finds a decomposed Hangul file name from the composed, percent-encoded src', () => {
    expect(render(`<img src="${encodeURI('사진.png')}" alt="사진">`)).toContain(
      `src="/posts/my-post/${encodeURIComponent('사진.png')}" alt="사진" width="4" height="2"`,
    );
  });

  it('keeps the proportions of a size the author gave', () => {
    expect(render('<img src="photo.png" alt="a" width="100">')).toContain('width="100" height="50"');
    expect(render('<img src="photo.png" alt="a" width="10" height="10">')).toContain('width="10" height="10"');
  });

  it('measures root-relative images in public/ and leaves remote ones alone', () => {
    expect(render('<img src="/images/site.png" alt="a">')).toContain('src="/images/site.png" alt="a" width="4"');
    expect(render('<img src="https://example.com/a.png" alt="a">')).toBe(
      '<img src="https://example.com/a.png" alt="a" loading="lazy" decoding="async">',
    );
  });

  it('fails on a missing image, naming the post and the image', () => {
    expect(() => render('<img src="nowhere.png" alt="a">')).toThrow(
      `${path.join(contentDir, 'notes/my-post.md')}: image "nowhere.png" was not found`,
    );
    expect(() => render('<img src="../my-post.md" alt="a">')).toThrow('image "../my-post.md" was not found');
    expect(() => render('<img src="/images/nowhere.png" alt="a">')).toThrow('was not found in');
  });

  it('makes an image in a link with text decorative and reports other images without alt text', () => {
    const warn = vi.fn();
    expect(render('<a href="/x"><img src="photo.png"> 다음 글</a>', warn)).toContain('alt=""');
    expect(warn).not.toHaveBeenCalled();
    render('<p><img src="photo.png" alt=""></p>', warn);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('notes/my-post.md: image "photo.png" has no alt text'));
  });
});
