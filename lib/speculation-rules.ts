import { withBase } from './urls';

/**
 * Speculation Rules for every page (Chromium reads them; other browsers ignore them): a page of
 * this site is fetched when the reader reaches for its link (pointer resting on it, finger down),
 * so it opens at once. Pages are full documents, with no client-side router to prefetch them.
 * Feeds, images and other files are left alone: only paths without a file extension.
 */
export const speculationRules = {
  prefetch: [
    {
      source: 'document',
      where: { and: [{ href_matches: withBase('/*') }, { not: { href_matches: withBase('/*.*') } }] },
      eagerness: 'moderate',
    },
  ],
};
