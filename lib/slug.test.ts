import { describe, expect, it } from 'vitest';

import { nameKey, postSlug, slugify } from './slug';

describe('slugify', () => {
  it('keeps Korean as it is', () => {
    expect(slugify('소식')).toBe('소식');
    expect(slugify('개발 일지')).toBe('개발-일지');
  });

  it('keeps Japanese and Chinese', () => {
    expect(slugify('日本語')).toBe('日本語');
    expect(slugify('ひらがな カタカナー')).toBe('ひらがな-カタカナー');
    expect(slugify('中文')).toBe('中文');
  });

  it('is case-insensitive', () => {
    expect(slugify('React')).toBe('react');
    expect(slugify('React')).toBe(slugify('react'));
    expect(slugify('TypeScript')).toBe(slugify('typescript'));
  });

  it('gives C++, C# and C three different slugs', () => {
    expect(slugify('C++')).toBe('c-plus-plus');
    expect(slugify('C#')).toBe('c-sharp');
    expect(slugify('C')).toBe('c');
    expect(new Set([slugify('C++'), slugify('C#'), slugify('C')]).size).toBe(3);
  });

  it('spells out other meaningful symbols', () => {
    expect(slugify('R&D')).toBe('r-and-d');
    expect(slugify('@types')).toBe('at-types');
  });

  it('folds spaces and punctuation into single dashes, none at the ends', () => {
    expect(slugify('Hello, World!')).toBe('hello-world');
    expect(slugify('  next   js  ')).toBe('next-js');
    expect(slugify('"quoted" (paren) / slash?')).toBe('quoted-paren-slash');
    expect(slugify('안녕, 세상!')).toBe('안녕-세상');
  });

  it('keeps dots inside a name and digits', () => {
    expect(slugify('Node.js 20')).toBe('node.js-20');
    expect(slugify('Vue 3')).toBe('vue-3');
  });

  it('gives NFD input the same slug as NFC', () => {
    const nfd = '소식'.normalize('NFD');
    expect(nfd).not.toBe('소식');
    expect(slugify(nfd)).toBe('소식');
    expect(slugify('Café'.normalize('NFD'))).toBe(slugify('Café'.normalize('NFC')));
  });

  it('tells .NET from NET, and never starts or ends a slug with a dot', () => {
    expect(slugify('.NET')).toBe('dot-net');
    expect(slugify('NET')).toBe('net');
    expect(slugify('etc.')).toBe('etc');
  });

  it.each(['', '   ', '!!!', '---', '🚀', '.', '..'])('never returns an empty or dot-only slug for %j', (name) => {
    const slug = slugify(name);
    expect(slug).not.toBe('');
    expect(slug).not.toMatch(/^\.+$/);
  });

  it('gives a name with no letters a placeholder', () => {
    expect(slugify('!!!')).toBe('untitled');
  });
});

describe('nameKey', () => {
  it('groups names that differ only in case, Unicode form or outer spaces', () => {
    expect(nameKey(' React ')).toBe(nameKey('react'));
    expect(nameKey('소식'.normalize('NFD'))).toBe(nameKey('소식'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('C++')).not.toBe(nameKey('C#'));
  });
});

describe('postSlug', () => {
  it('strips folders and the extension', () => {
    expect(postSlug('posts/2025/hello-world.md')).toBe('hello-world');
    expect(postSlug('hello.markdown')).toBe('hello');
    expect(postSlug('drafts/hello.MDX')).toBe('hello');
  });

  it('keeps the file name otherwise as it is, case and Unicode included', () => {
    expect(postSlug('posts/Reflections-소식.md')).toBe('Reflections-소식');
    expect(postSlug('v1.2-release.md')).toBe('v1.2-release');
    expect(postSlug('notes.txt')).toBe('notes.txt');
  });

  it('NFC-normalizes an NFD file name (as macOS writes them)', () => {
    const nfdPath = `posts/${'첫-글'.normalize('NFD')}.md`;
    expect(postSlug(nfdPath)).toBe('첫-글'.normalize('NFC'));
    expect(postSlug(nfdPath)).toHaveLength(3); // three NFC code units, not seven NFD ones
  });
});
