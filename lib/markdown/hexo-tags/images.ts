import { element, escapeText, openTag } from './html';
import type { InlineTag } from './types';

// Hexo's own test for "this argument is the URL" (hexo/dist/plugins/tag/img.js, link.js).
const URL_LIKE =
  /((([A-Za-z]{3,9}:(?:\/\/)?)(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]+|(?:www.|[-;:&=+$,\w]+@)[A-Za-z0-9.-]+)((?:\/[+~%/.\w-_]*)?\??(?:[-+=&;%@.\w_]*)#?(?:[.!/\\w]*))?)/;
const META_DOUBLE = /"?([^"]+)?"?/;
const META_SINGLE = /'?([^']+)?'?/;

/**
 * An `<img>` from the arguments of Hexo's `img` tag around its source: class names before it;
 * after it an optional width and height (digits only), then `title` or `"title" "alt"` (the
 * quotes as Hexo reads them). Without alt text, the title describes the image: a screen reader
 * would otherwise read nothing.
 */
export function imgElement(classes: readonly string[], src: string, after: readonly string[]): string {
  const rest = [...after];
  let width: string | undefined;
  let height: string | undefined;
  let title: string | undefined;
  let alt: string | undefined;
  if (rest.length && !/\D/.test(rest[0]!)) {
    width = rest.shift();
    if (rest.length && !/\D/.test(rest[0]!)) height = rest.shift();
  }
  const meta = rest.join(' ');
  if (meta) {
    const titlePattern = meta.startsWith('"') ? META_DOUBLE : META_SINGLE;
    const altPattern = meta.endsWith('"') ? META_DOUBLE : META_SINGLE;
    const match = new RegExp(`${titlePattern.source}\\s*${altPattern.source}`).exec(meta);
    title = match?.[1];
    alt = match?.[2];
  }
  return openTag('img', { src, class: classes.join(' '), width, height, title, alt: alt ?? title });
}

/** `{% img [class names] /path/to/image [width] [height] ['"title text" "alt text"'] %}` */
export const img: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const at = args.findIndex((arg) => URL_LIKE.test(arg) || arg.startsWith('/'));
    if (at === -1) {
      env.problem(`img: no image URL in "${args.join(' ')}"`);
      return '';
    }
    return imgElement(args.slice(0, at), args[at]!, args.slice(at + 1));
  },
};

/** `{% link text url [external] [title] %}`: text is every word before the first URL. */
export const link: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const at = args.findIndex((arg) => URL_LIKE.test(arg));
    if (at === -1) {
      env.problem(`link: no URL in "${args.join(' ')}"`);
      return escapeText(args.join(' '));
    }
    const rest = args.slice(at + 1);
    const external = rest[0] === 'true';
    if (rest[0] === 'true' || rest[0] === 'false') rest.shift();
    const href = args[at]!;
    const attributes = {
      href,
      title: rest.join(' '),
      target: external ? '_blank' : '',
      rel: external ? 'noopener' : '',
    };
    return element('a', attributes, escapeText(args.slice(0, at).join(' ') || href));
  },
};
