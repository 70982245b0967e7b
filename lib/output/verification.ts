import type { Metadata } from 'next';

import type { SiteVerification } from '../site-settings';

/**
 * The `<meta>` tags webmaster tools look for on the home page (every page carries them):
 * `google-site-verification`, `naver-site-verification` and Bing's `msvalidate.01`. Daum reads
 * its PIN from robots.txt instead (lib/output/robots.ts).
 */
export function verificationMetadata({ google, naver, bing }: SiteVerification): Metadata['verification'] {
  const other = {
    ...(naver && { 'naver-site-verification': naver }),
    ...(bing && { 'msvalidate.01': bing }),
  };
  return { ...(google && { google }), ...(Object.keys(other).length > 0 && { other }) };
}
