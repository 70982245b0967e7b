import { PNG } from 'pngjs';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';

import { ogImageSize } from './card';
import { loadOgFonts, ogFonts, renderOgCard, renderPng } from './render';

// Parsing ~20 MB of fonts takes seconds, more on a busy machine.
const SLOW = 120_000;
beforeAll(loadOgFonts, SLOW);

const GLYPH_BOX = { width: 140, height: 140 };

/** One character, large, black on white, decoded to RGBA pixels. */
async function glyph(char: string, fonts = ogFonts(), lang?: string): Promise<Buffer> {
  const element = createElement(
    'div',
    {
      lang,
      style: {
        display: 'flex',
        width: '100%',
        height: '100%',
        backgroundColor: '#fff',
        color: '#000',
        fontFamily: 'Pretendard',
        fontSize: 100,
        fontWeight: 700,
      },
    },
    char,
  );
  return PNG.sync.read(await renderPng(element, fonts, GLYPH_BOX)).data;
}

/** Pixels that differ between two renderings (any channel by more than a little antialiasing). */
function differentPixels(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 48) count++;
  }
  return count;
}

const inked = (pixels: Buffer) => differentPixels(pixels, Buffer.alloc(pixels.length, 255));

// A private-use code point that no font has: it is drawn as the missing-glyph (.notdef) box.
const NO_GLYPH = '\u{10FFFD}';

describe('renderOgCard', () => {
  it(
    'writes a 1200×630 PNG of a sensible size',
    async () => {
      const png = await renderOgCard({
        siteTitle: '한글 블로그',
        language: 'ko',
        title: '서울의 봄: 아주 긴 한글 제목이 세 줄을 넘어가면 말줄임표로 끝나야 합니다 그렇지 않으면 카드가 넘칩니다',
        detail: '2025년 1월 10일',
        tags: ['React', '인공지능', '日本語', '简体中文', 'C++', '여섯 번째 태그는 안 보임'],
      });
      const image = PNG.sync.read(png);
      expect([image.width, image.height]).toEqual([ogImageSize.width, ogImageSize.height]);
      expect(png.length).toBeGreaterThan(10_000);
      expect(png.length).toBeLessThan(300_000);
    },
    SLOW,
  );
});

describe('the card fonts', () => {
  it(
    'tell a missing glyph from a real one (the check below can fail)',
    async () => {
      // Pretendard alone has no kanji: 東 comes out as the very same box as a code point no font has.
      const pretendardOnly = ogFonts().filter((font) => font.name === 'Pretendard');
      const tofu = await glyph(NO_GLYPH, pretendardOnly);
      expect(inked(tofu)).toBeGreaterThan(500);
      expect(differentPixels(await glyph('東', pretendardOnly), tofu)).toBeLessThan(50);
      expect(differentPixels(await glyph('東'), tofu)).toBeGreaterThan(500);
    },
    SLOW,
  );

  const samples = {
    Hangul: '한글블로그뷁',
    Japanese: 'ひらがなカタカナ東京旅行記',
    'Simplified Chinese': '这是我们说的简体中文',
    'Traditional Chinese': '這是我們說的繁體',
  };
  for (const [script, text] of Object.entries(samples)) {
    it(
      `draw ${script} as glyphs, never the missing-glyph box`,
      async () => {
        const tofu = await glyph(NO_GLYPH);
        for (const char of text) {
          const pixels = await glyph(char);
          expect.soft(inked(pixels), `${char} is blank`).toBeGreaterThan(200);
          expect.soft(differentPixels(pixels, tofu), `${char} is the missing-glyph box`).toBeGreaterThan(500);
        }
      },
      SLOW,
    );
  }

  it(
    'draw Han characters the Chinese way in Chinese text and the Japanese way in Japanese',
    async () => {
      // 骨 and 直 are the classic pair whose strokes differ between the two.
      for (const char of '骨直') {
        const chinese = await glyph(char, ogFonts(), 'zh-CN');
        const japanese = await glyph(char, ogFonts(), 'ja-JP');
        expect(differentPixels(chinese, japanese), char).toBeGreaterThan(100);
      }
    },
    SLOW,
  );
});
