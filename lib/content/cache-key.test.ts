import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { postCacheKeys, type CacheInputs } from './cache-key';

let root: string;
let inputs: CacheInputs;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
// A key as a fresh build computes it (each build reads the folders once).
const key = (file: string, changed: Partial<CacheInputs> = {}) => postCacheKeys({ ...inputs, ...changed })(file, '1');

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'cache-key-'));
  inputs = {
    site: { permalink: ':year/:month/:day/:title/', url: 'https://example.com', timeZone: 'Asia/Seoul' },
    dirs: { posts: path.join(root, 'posts'), static: path.join(root, 'static') },
    lockFile: path.join(root, 'package-lock.json'),
  };
  write('package-lock.json', '{"packages":{}}');
  write('posts/plain.md', '---\ntitle: 그냥 글\n---\n본문');
  write('posts/linking.md', '---\ntitle: 링크\n---\n{% post_link other %}');
  write('posts/other.md', '---\ntitle: 다른 글\n---\n본문');
  write('posts/plain/사진.png', 'png');
  write('static/images/a.png', 'png');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('postCacheKeys', () => {
  it('is the same for the same inputs, build after build', () => {
    expect(key('plain.md')).toBe(key('plain.md'));
    expect(key('linking.md')).toBe(key('linking.md'));
  });

  it("changes with the post's own file", () => {
    expect(postCacheKeys(inputs)('plain.md', '2')).not.toBe(key('plain.md'));
  });

  it.each<[string, () => Partial<CacheInputs>]>([
    ['the settings (permalink pattern)', () => ({ site: { ...(inputs.site as object), permalink: ':title/' } })],
    ['SITE_URL and the base path', () => ({ site: { ...(inputs.site as object), url: 'https://example.com/blog' } })],
    ['the static folder', () => ({ dirs: { ...inputs.dirs, static: path.join(root, 'public') } })],
  ])('changes for every post with %s', (_, changed) => {
    const before = [key('plain.md'), key('linking.md')];
    const after = [key('plain.md', changed()), key('linking.md', changed())];
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('changes for every post with the installed packages and with a file of the static folder', () => {
    const before = key('plain.md');
    write('package-lock.json', '{"packages":{"shiki":"5"}}');
    const upgraded = key('plain.md');
    expect(upgraded).not.toBe(before);
    write('static/images/a.png', 'a bigger png');
    expect(key('plain.md')).not.toBe(upgraded);
  });

  it("changes with a file of the post's own asset folder, and only for that post", () => {
    const [plain, other] = [key('plain.md'), key('other.md')];
    write('posts/plain/사진.png', 'another photo');
    utimesSync(path.join(root, 'posts/plain/사진.png'), 1, 1);
    expect(key('plain.md')).not.toBe(plain);
    expect(key('other.md')).toBe(other);
  });

  it('changes for a post that links to others when any post changes, and for no other post', () => {
    const [linking, plain] = [key('linking.md'), key('plain.md')];
    write('posts/other.md', '---\ntitle: 새 제목\n---\n본문');
    utimesSync(path.join(root, 'posts/other.md'), 2, 2);
    expect(key('linking.md')).not.toBe(linking);
    expect(key('plain.md')).toBe(plain);
    write('posts/new.md', '---\ntitle: 새 글\n---\n');
    expect(key('linking.md')).not.toBe(linking);
  });
});

describe('postCacheKeys with future posts held back', () => {
  it('changes for a post, and for every post that links to others, when its day comes', () => {
    let future = new Set(['other.md']);
    const keys = () => postCacheKeys({ ...inputs, heldBack: (file) => future.has(file) });
    const before = { other: keys()('other.md', '1'), linking: keys()('linking.md', '1'), plain: keys()('plain.md', '1') };
    future = new Set();
    expect(keys()('other.md', '1')).not.toBe(before.other);
    expect(keys()('linking.md', '1')).not.toBe(before.linking);
    expect(keys()('plain.md', '1')).toBe(before.plain);
  });
});
