import { t } from '@/lib/messages';

import { IslandScript } from './island-script';
import { IMAGE_ZOOM_DIALOG_ID } from './islands/hooks';

/**
 * The dialog in which the image-zoom island shows a post's image large, with its alt text as the
 * caption; closed (so not shown) until then. Put on a page only when its HTML has an image to
 * open (lib/markdown/image-links.ts), with the island.
 */
export function ImageZoom() {
  return (
    <>
      <IslandScript name="zoom" />
      <dialog
        id={IMAGE_ZOOM_DIALOG_ID}
        aria-label={t.imageZoom}
        className="m-auto max-h-none max-w-none bg-transparent p-0 backdrop:bg-zinc-950/85"
      >
        <figure className="flex flex-col items-center gap-3 p-4">
          {/* The island puts the image here. */}
          <div className="flex max-h-[85vh] max-w-[calc(100vw-2rem)] items-center justify-center" />
          <figcaption className="max-w-prose text-center text-sm text-zinc-100" />
          <form method="dialog">
            <button
              type="submit"
              className="min-h-11 rounded-md border border-zinc-400 px-4 font-semibold text-zinc-100 hover:bg-zinc-800"
            >
              {t.closeImage}
            </button>
          </form>
        </figure>
      </dialog>
    </>
  );
}
