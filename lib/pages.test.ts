import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readPages, renderSitePage } from './pages';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pages-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readPages', () => {
  it('reads each page at the path of its file, in path order', () => {
    write('about.md', '---\ntitle: 소개\n---\n본문\n');
    write('projects/index.md', 'title: 프로젝트\n---\n목록\n');
    write('projects/tools.md', '도구들\n');
    expect(readPages(dir).map(({ path, title, redirectTo }) => ({ path, title, redirectTo }))).toEqual([
      { path: 'about', title: '소개', redirectTo: undefined },
      { path: 'projects', title: '프로젝트', redirectTo: undefined },
      { path: 'projects/tools', title: 'tools', redirectTo: undefined },
    ]);
  });

  it('gives a page comments only when its front matter asks for them', () => {
    write('about.md', '---\ntitle: 소개\n---\n');
    write('guestbook.md', '---\ntitle: 방명록\ncomments: true\ncomments_id: 방명록\n---\n');
    write('quiet.md', '---\ncomments: false\n---\n');
    expect(readPages(dir).map(({ path, comments, commentsId }) => ({ path, comments, commentsId }))).toEqual([
      { path: 'about', comments: false, commentsId: undefined },
      { path: 'guestbook', comments: true, commentsId: '방명록' },
      { path: 'quiet', comments: false, commentsId: undefined },
    ]);
    write('bad.md', '---\ncomments: yes please\n---\n');
    expect(() => readPages(dir)).toThrow('front matter "comments": must be true or false');
  });

  it("sends a theme's placeholder page on to the site's own page", () => {
    write('tag.md', '---\ntitle: 태그\ntype: tags\n---\n');
    write('all/categories.md', '---\ntype: categories\n---\n');
    expect(readPages(dir).map((page) => [page.path, page.redirectTo])).toEqual([
      ['all/categories', '/categories'],
      ['tag', '/tags'],
    ]);
  });

  it('leaves out a placeholder at the path of the page it stands for', () => {
    write('tags/index.md', '---\ntype: tags\n---\n');
    expect(readPages(dir)).toEqual([]);
  });

  it('stops on a page at a path the site makes itself, naming the file', () => {
    write('search.md', '---\ntitle: 검색\n---\n');
    expect(() => readPages(dir)).toThrow(/search\.md: the page's path \/search is a page the site makes itself/);
  });

  it('names the file and field of an unknown type', () => {
    write('x.md', '---\ntype: schedule\n---\n');
    expect(() => readPages(dir)).toThrow(/x\.md: front matter "type": must be one of tags, categories/);
  });

  it('is empty without a pages folder', () => {
    expect(readPages(path.join(dir, 'none'))).toEqual([]);
  });
});

describe('renderSitePage', () => {
  it('renders Markdown and expands Hexo tags like a post', async () => {
    write('about.md', '---\ntitle: 소개\n---\n## 안녕\n\n{% blockquote 홍길동 %}반갑습니다{% endblockquote %}\n');
    const [page] = readPages(dir);
    const { html, facts } = await renderSitePage(page!);
    expect(html).toContain('<h2 id="안녕"><a href="#안녕">안녕</a></h2>');
    expect(facts.toc).toEqual([{ id: '안녕', text: '안녕', depth: 2 }]);
    expect(html).toMatch(/<blockquote>[\s\S]*반갑습니다[\s\S]*홍길동[\s\S]*<\/blockquote>/);
    expect(html).not.toContain('{%');
  });

  it('stops on a tag that points at nothing, naming the file and line', async () => {
    write('about.md', '---\ntitle: 소개\n---\n\n{% post_link no-such-post %}\n');
    const [page] = readPages(dir);
    await expect(renderSitePage(page!)).rejects.toThrow(/about\.md:5: post_link/);
  });
});
