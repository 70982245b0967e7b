import type { ReactElement } from 'react';

// The Open Graph card: what a link to the site shows in messengers and social networks. Rendered
// by Satori (lib/og/render.ts), which supports a subset of CSS: every box is a flexbox, sizes are
// content-box unless told otherwise.

/** The size Open Graph and Twitter cards expect. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** What one card says. */
export interface OgCard {
  siteTitle: string;
  /** BCP 47 language of the site's own text (labels, dates). */
  language: string;
  /** The kind of page above the title (`태그`, `카테고리`); posts have none. */
  label?: string;
  title: string;
  /** Below the title: a post's date, a listing's post count. */
  detail?: string;
  tags?: readonly string[];
}

const MAX_TAGS = 5;

/**
 * The language a run of text is written in, as far as choosing glyphs goes. Han characters are
 * shared by Chinese, Japanese and Korean but drawn differently in each: kana mean Japanese, Hangul
 * Korean, Han alone Chinese. Anything else is in the site's language.
 */
export function textLanguage(text: string, siteLanguage: string): string {
  if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text)) return 'ja-JP';
  if (/\p{sc=Hangul}/u.test(text)) return 'ko-KR';
  if (/\p{sc=Han}/u.test(text)) return 'zh-CN';
  return siteLanguage;
}

/** Title size in px: short titles large, long ones smaller so that three lines hold them. */
export function titleFontSize(title: string): number {
  // A CJK character is about one em wide, a Latin letter about half of one.
  let ems = 0;
  for (const char of title) ems += /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(char) ? 1 : 0.55;
  if (ems <= 14) return 84;
  if (ems <= 24) return 72;
  if (ems <= 40) return 60;
  return 52;
}

/** The card as a Satori element tree, 1200×630. */
export function OgCardImage({ siteTitle, language, label, title, detail, tags = [] }: OgCard): ReactElement {
  const titleLanguage = textLanguage(title, language);
  return (
    <div
      lang={language}
      style={{
        ...ogImageSize,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: '#18181b',
        color: '#fafafa',
        fontFamily: 'Pretendard',
      }}
    >
      {/* A box of its own, not a border: resvg draws borders through masks, which nearly doubled its time. */}
      <div style={{ display: 'flex', height: 14, backgroundColor: '#2563eb' }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          padding: '50px 80px 72px',
        }}
      >
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#d4d4d8' }}>{siteTitle}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          {label && <div style={{ display: 'flex', fontSize: 32, fontWeight: 500, color: '#93c5fd' }}>{label}</div>}
          <div
            lang={titleLanguage}
            style={{
              fontSize: titleFontSize(title),
              fontWeight: 700,
              lineHeight: 1.25,
              letterSpacing: '-0.02em',
              lineClamp: 3,
              // Korean breaks between words; Chinese and Japanese have none and break anywhere.
              wordBreak: titleLanguage === 'ko-KR' ? 'keep-all' : 'normal',
            }}
          >
            {title}
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18, fontSize: 30, fontWeight: 500 }}>
          {detail && <div style={{ display: 'flex', color: '#a1a1aa' }}>{detail}</div>}
          {tags.length > 0 && (
            <div style={{ display: 'flex', gap: 12, height: 48, overflow: 'hidden', flexWrap: 'wrap' }}>
              {tags.slice(0, MAX_TAGS).map((tag) => (
                <div
                  key={tag}
                  lang={textLanguage(tag, language)}
                  style={{
                    display: 'flex',
                    padding: '4px 18px',
                    borderRadius: 24,
                    backgroundColor: '#27272a',
                    color: '#e4e4e7',
                    fontSize: 28,
                    // The CJK fallback fonts come in bold only: bold tags look alike in every script.
                    fontWeight: 700,
                  }}
                >
                  {`#${tag}`}
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
