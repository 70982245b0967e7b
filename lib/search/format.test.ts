import { describe, expect, it } from 'vitest';

import { decodeIds, encodeIds, shardOf, vocabName } from './format';

describe('encodeIds / decodeIds', () => {
  it('delta-encodes sorted ids', () => {
    expect(encodeIds([3, 4, 8])).toEqual([3, 1, 4]);
    expect(decodeIds([3, 1, 4])).toEqual([3, 4, 8]);
  });

  it.each([[[]], [[0]], [[7]], [[0, 1, 2]], [[0, 5, 6, 1_000, 65_535, 1_000_000]]])(
    'round-trips %j',
    (ids: number[]) => {
      expect(decodeIds(encodeIds(ids))).toEqual(ids);
    },
  );
});

describe('shardOf', () => {
  it('is 32-bit FNV-1a, so the builder and the browser agree', () => {
    // Published FNV-1a test vectors; a count of 2^32 returns the hash itself.
    expect(shardOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
  });

  it('gives the same shard for a key every time (pinned: a change strands deployed indexes)', () => {
    expect(shardOf('g:지능', 64)).toBe(36);
    expect(shardOf('w:react', 64)).toBe(11);
    expect(shardOf('i:ㅊㅈㄴ', 7)).toBe(3);
    expect(shardOf('g:지능', 64)).toBe(shardOf('g:지능', 64));
  });

  it('puts the 28 endings of a last Hangul syllable in one shard, and nothing else together', () => {
    const shards = new Set(
      Array.from({ length: 28 }, (_, final) => shardOf(`g:지${String.fromCharCode(0xb290 + final)}`, 997)),
    );
    expect(shards).toEqual(new Set([shardOf('g:지느', 997)]));
    // Only the last syllable's final is dropped: 능지 and 느지 are different keys and may differ.
    expect(shardOf('g:능지', 2 ** 32)).not.toBe(shardOf('g:느지', 2 ** 32));
    expect(shardOf('g:가', 2 ** 32)).not.toBe(shardOf('g:나', 2 ** 32));
  });

  it('always answers a whole shard number within the count', () => {
    const keys = ['', 'a', 'w:react', 'g:서울', 'g:東京', 'i:ㅇㄱㅈㄴ', 'w:😀', 'x'.repeat(1_000)];
    for (const count of [1, 2, 3, 7, 16, 97, 1_000]) {
      for (const key of keys) {
        const shard = shardOf(key, count);
        expect(Number.isInteger(shard) && shard >= 0 && shard < count, `${key} in ${count}`).toBe(true);
      }
    }
  });

  it('spreads keys over the shards', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`w:word${i}`, 8)));
    expect(used.size).toBe(8);
  });
});

describe('vocabName', () => {
  it('names a file after the first code point, in hex', () => {
    expect(vocabName('react')).toBe('0072');
    expect(vocabName('가나')).toBe('ac00');
    expect(vocabName('ㅊㅈㄴ')).toBe('314a');
    expect(vocabName('𠮷野家')).toBe('20bb7');
  });
});
