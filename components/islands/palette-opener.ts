import { PALETTE_OPENER_ATTRIBUTE } from './hooks';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isShortcut(event: KeyboardEvent): boolean {
  const commandK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
  const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target);
  return commandK || slash;
}

// The palette's code (and the search behind it) is downloaded when it is first asked for.
const openPalette = () => import('./palette').then((palette) => palette.openPalette());

/**
 * `/` or Ctrl/Cmd-K anywhere, or a click on a `[data-search-palette]` link, opens the palette.
 * Before this runs, and without JavaScript, that link simply goes to /search.
 */
export function listenForPalette(): void {
  addEventListener('keydown', (event) => {
    if (!isShortcut(event)) return;
    event.preventDefault();
    void openPalette();
  });
  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    if (!(event.target instanceof Element) || !event.target.closest(`[${PALETTE_OPENER_ATTRIBUTE}]`)) return;
    event.preventDefault();
    void openPalette();
  });
}
