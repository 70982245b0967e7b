/** What robots.txt says: where the site lives, where its sitemap is, and Daum's PIN code. */
export interface RobotsFacts {
  /** The home page's path (`/`, `/blog/`). */
  home: string;
  /** Paths no crawler needs (the category feeds' inner path). */
  disallow: readonly string[];
  /** The sitemap's absolute URL. */
  sitemap: string;
  /** Daum's webmaster tool PIN code (`daum_site_verification`). */
  daumPin?: string;
}

/**
 * robots.txt: every crawler (Googlebot, Naver's Yeti, Daum's Daumoa, Bingbot) may read the whole
 * site; one group for all of them, since Yeti and Daum read `User-agent: *` and `Allow` as Google
 * does, and a named group would replace that one for its crawler rather than add to it. Daum's
 * webmaster tool checks for its PIN as a comment line.
 */
export function robotsTxt({ home, disallow, sitemap, daumPin }: RobotsFacts): string {
  return [
    'User-Agent: *',
    `Allow: ${home}`,
    ...disallow.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${sitemap}`,
    ...(daumPin ? ['', `#DaumWebMasterTool:${daumPin}`] : []),
    '',
  ].join('\n');
}
