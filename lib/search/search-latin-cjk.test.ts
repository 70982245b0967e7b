import { describe, expect, it } from 'vitest';

import { search } from './search';
import { indexOf, makePost, slugsFor } from './test-fixtures';

describe('search: English and other Latin words', () => {
  const source = indexOf([
    makePost('react', { title: 'React.js 입문', body: 'Hooks and JavaScript basics' }),
    makePost('component', { body: 'Every component renders once.' }),
    makePost('bun', { body: 'Bun is fast' }),
    makePost('r-lang', { body: 'R 언어로 통계를 낸다' }),
    makePost('cafe', { title: '파리', body: 'Un café à Paris' }),
  ]);

  it.each(['react', 'REACT', 'React', 'rEaCt'])('finds React.js for %s, whatever the case', async (query) => {
    expect(await slugsFor(source, query)).toEqual(['react']);
  });

  it('finds a word from its beginning (reac → React)', async () => {
    expect(await slugsFor(source, 'reac')).toEqual(['react']);
    expect(await slugsFor(source, 'java')).toEqual(['react']);
  });

  it.each([
    ['javascrpit', 'react'],
    ['compnent', 'component'],
    ['reatc', 'react'],
  ])('tolerates one typo in a word of five letters or more (%s)', async (query, slug) => {
    expect(await slugsFor(source, query)).toEqual([slug]);
  });

  it('does not tolerate a typo in a shorter word (rect ↛ react, bum ↛ bun)', async () => {
    expect(await slugsFor(source, 'rect')).toEqual([]);
    expect(await slugsFor(source, 'bum')).toEqual([]);
  });

  it('does not tolerate two typos', async () => {
    expect(await slugsFor(source, 'javscrpit')).toEqual([]);
  });

  it('matches one letter exactly, never as a prefix', async () => {
    expect(await slugsFor(source, 'r')).toEqual(['r-lang']);
    expect(await slugsFor(source, 'b')).toEqual([]);
  });

  it('matches accented Latin letters as written', async () => {
    expect(await slugsFor(source, 'CAFÉ')).toEqual(['cafe']);
    expect(await slugsFor(source, 'café'.normalize('NFD'))).toEqual(['cafe']);
  });

  it('highlights the whole word a prefix or a typo stands for', async () => {
    const [result] = (await search(source, 'reac')).results;
    expect(result?.title).toEqual([
      { text: 'React', match: true },
      { text: '.js 입문', match: false },
    ]);
    const [typo] = (await search(source, 'javascrpit')).results;
    expect(typo?.snippet.filter((segment) => segment.match)).toEqual([{ text: 'JavaScript', match: true }]);
  });
});

describe('search: Japanese and Chinese', () => {
  const source = indexOf([
    makePost('tokyo', { body: '東京に行きました' }),
    makePost('beijing', { body: '北京欢迎你' }),
    makePost('kyoto', { title: '京都' }),
  ]);

  it('finds Japanese inside a run (東京 in 東京に行きました)', async () => {
    expect(await slugsFor(source, '東京')).toEqual(['tokyo']);
    expect(await slugsFor(source, '行き')).toEqual(['tokyo']);
  });

  it('finds Chinese inside a run (北京, 欢迎 in 北京欢迎你)', async () => {
    expect(await slugsFor(source, '北京')).toEqual(['beijing']);
    expect(await slugsFor(source, '欢迎')).toEqual(['beijing']);
  });

  it('does not find ideographs that are only near each other', async () => {
    expect(await slugsFor(source, '京欢迎東')).toEqual([]);
    expect(await slugsFor(source, '東京都')).toEqual([]);
  });
});
