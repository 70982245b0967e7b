// A post's images open large: a click on (or Enter on) an image's link to its file shows the image
// in the page's <dialog> (components/image-zoom.tsx), its alt text as the caption. Esc, the close
// button, a click outside the image or on it, or Back close it; focus returns to the image's link.
// A click with a modifier key (a new tab, a download) is left to the browser.
import { ZOOM_ATTRIBUTE } from '@/lib/markdown/image-links';

import { IMAGE_ZOOM_DIALOG_ID } from './hooks';

// The history entry the dialog adds, so that Back closes it rather than leaving the post.
const STATE_KEY = 'imageZoom';

const dialog = document.getElementById(IMAGE_ZOOM_DIALOG_ID) as HTMLDialogElement | null;
const frame = dialog?.querySelector('figure > div');
const caption = dialog?.querySelector('figcaption');

if (dialog && frame && caption) {
  let opener: HTMLAnchorElement | undefined;
  // The dialog's one history entry: whether it is there, and whether a close's history.back(),
  // which lands later as a popstate, is on its way.
  let pushed = false;
  let backPending = false;
  const zoomed = document.createElement('img');
  zoomed.className = 'h-auto max-h-[85vh] w-auto max-w-full bg-white object-contain';
  frame.append(zoomed);

  const open = (link: HTMLAnchorElement) => {
    const image = link.querySelector('img');
    opener = link;
    zoomed.src = link.href;
    zoomed.alt = image?.alt ?? '';
    caption.textContent = image?.alt ?? '';
    dialog.showModal();
    // Reopened before the last close's Back has landed: the entry is added once it has.
    if (!pushed && !backPending) {
      history.pushState({ [STATE_KEY]: true }, '');
      pushed = true;
    }
  };

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>(`a[${ZOOM_ATTRIBUTE}]`);
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link);
  });
  // A click on the backdrop lands on the dialog itself; one on the image closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target === zoomed) dialog.close();
  });
  dialog.addEventListener('close', () => {
    // The close event comes a moment after the closing: the reader may have opened it again.
    if (dialog.open) return;
    if (pushed) {
      pushed = false;
      backPending = true;
      history.back();
    }
    opener?.focus();
  });
  window.addEventListener('popstate', () => {
    if (backPending) {
      backPending = false;
      if (dialog.open) {
        history.pushState({ [STATE_KEY]: true }, '');
        pushed = true;
      }
    } else {
      // The reader's Back took the dialog's entry.
      pushed = false;
      if (dialog.open) dialog.close();
    }
  });
}
