import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Resvg } from '@resvg/resvg-js';
import type { ReactElement } from 'react';
import satori, { type Font } from 'satori';

import { OgCardImage, ogImageSize, type OgCard } from './card';

// Build-time rendering of Open Graph cards: Satori lays the card out as SVG (text as paths), and
// resvg's native build rasterises it to PNG.

const require = createRequire(import.meta.url);

/**
 * The card's fonts, in fallback order, all from npm packages. Pretendard draws Hangul, Latin and
 * kana; Noto Sans JP the kanji of Japanese text; Noto Sans SC the hanzi of Chinese text, and
 * Satori picks between the two by the `lang` the card sets on each run of text.
 */
const FONT_FILES: readonly (Omit<Font, 'data'> & { file: string })[] = [
  { name: 'Pretendard', weight: 700, file: 'pretendard/dist/public/static/Pretendard-Bold.otf' },
  { name: 'Pretendard', weight: 500, file: 'pretendard/dist/public/static/Pretendard-Medium.otf' },
  {
    name: 'Noto Sans JP',
    weight: 700,
    lang: 'ja-JP',
    file: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
  {
    name: 'Noto Sans SC',
    weight: 700,
    lang: 'zh-CN',
    file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
];

let fonts: Font[] | undefined;

/**
 * Reads the card's fonts once per thread. Satori parses them on first use and caches the result
 * by the identity of this array, so every render must pass this same array.
 */
export function ogFonts(): Font[] {
  fonts ??= FONT_FILES.map(({ file, ...font }) => ({ ...font, data: readFileSync(require.resolve(file)) }));
  return fonts;
}

/** Renders a Satori element tree to PNG. */
export async function renderPng(
  element: ReactElement,
  fontList: Font[],
  size: { width: number; height: number } = ogImageSize,
): Promise<Buffer> {
  const svg = await satori(element, { ...size, fonts: fontList });
  // The text is already paths: resvg needs no fonts, and looking for the system's is slow.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** Renders one Open Graph card to a 1200×630 PNG. */
export function renderOgCard(card: OgCard): Promise<Buffer> {
  return renderPng(OgCardImage(card), ogFonts());
}

/**
 * Parses the fonts now (Satori does it on its first render, a few seconds for ~20 MB of CJK
 * fonts), so that the first real image is timed like the others.
 */
export async function loadOgFonts(): Promise<void> {
  await satori({ type: 'div', key: null, props: { children: '가' } }, { width: 1, height: 1, fonts: ogFonts() });
}
