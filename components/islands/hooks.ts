// Where server-rendered markup meets the islands: the server components import these names, and
// nothing else of the islands (that would pull browser code into the server's module graph).

/** The attribute that makes a link open the search palette instead of going to /search. */
export const PALETTE_OPENER_ATTRIBUTE = 'data-search-palette';

/** The element of the search page that the search island renders into. */
export const SEARCH_VIEW_ID = 'search-view';

/**
 * The comment section of a post (components/comments.tsx): it names its provider, the provider's
 * script and that script's attributes (JSON) for the comments island.
 */
export const COMMENTS_ATTRIBUTE = 'data-comments';
export const COMMENTS_SCRIPT_ATTRIBUTE = 'data-comments-script';
export const COMMENTS_ATTRIBUTES_ATTRIBUTE = 'data-comments-attributes';
/** Where in the section the provider's widget goes. */
export const COMMENTS_WIDGET_ATTRIBUTE = 'data-comments-widget';
/** The "댓글 보기" button, invisible until the island runs. */
export const COMMENTS_BUTTON_ATTRIBUTE = 'data-comments-load';

/** The dialog (components/image-zoom.tsx) in which the image-zoom island opens a post's image. */
export const IMAGE_ZOOM_DIALOG_ID = 'image-zoom';
