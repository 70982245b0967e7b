import type { Element, ElementContent, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';

/** Marks the links to an image's own file that the image-zoom island opens in a dialog (hast: `dataZoom`). */
export const ZOOM_ATTRIBUTE = 'data-zoom';

/** Whether an element is a link the image-zoom island opens (made below, or written by the author as HTML). */
export const isZoomLink = (node: Element): boolean => node.tagName === 'a' && node.properties.dataZoom !== undefined;

/**
 * Rehype plugin: an image of a post that is not in a link becomes a link to its own file, so a
 * reader can open it large, without JavaScript as the file itself, with it in a dialog
 * (components/islands/image-zoom.ts). Images the writer linked somewhere keep their link, and an
 * image with no alt text, which is decoration (or already warned about), is left as it is: a link
 * needs a name. Runs after the images' URLs are final (post-images.ts, base-links.ts).
 */
export function rehypeImageLinks() {
  return (tree: Root) => {
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'img') return;
      const { src, alt } = node.properties;
      if (typeof src !== 'string' || !src || typeof alt !== 'string' || !alt.trim()) return;
      if (ancestors.some((a) => a.type === 'element' && ['a', 'picture', 'button'].includes(a.tagName))) return;
      const parent = ancestors.at(-1) as Root | Element;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: src, dataZoom: '' },
        children: [node],
      };
      parent.children[parent.children.indexOf(node)] = link as ElementContent;
      return 'skip';
    });
  };
}
