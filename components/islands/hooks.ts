// Where server-rendered markup meets the islands: the server components import these names, and
// nothing else of the islands (that would pull browser code into the server's module graph).

/** The attribute that makes a link open the search palette instead of going to /search. */
export const PALETTE_OPENER_ATTRIBUTE = 'data-search-palette';

/** The element of the search page that the search island renders into. */
export const SEARCH_VIEW_ID = 'search-view';
