import { popEscape } from './args';
import { element, escapeHtml, escapeText } from './html';
import { imgElement } from './images';
import type { InlineTag, TagEnv } from './types';

function missing(tag: string, name: string | undefined, env: TagEnv): string {
  env.problem(name ? `${tag}: no file "${name}" in the post's asset folder` : `${tag}: no file name`);
  return '';
}

/**
 * `{% asset_img [class names] file [width] [height] [title] %}` (also `asset_image`): like
 * `img`, with the first argument that is a file of the post's asset folder as its source.
 */
export const assetImg: InlineTag = {
  kind: 'inline',
  render(args, env) {
    for (const [index, arg] of args.entries()) {
      const url = env.context.assetUrl(arg);
      if (url !== undefined) return imgElement(args.slice(0, index), url, args.slice(index + 1));
    }
    // Name the argument that looks like the file the author meant.
    return missing('asset_img', args.find((arg) => /[./]/.test(arg) && !/^\d+$/.test(arg)) ?? args[0], env);
  },
};

/** `{% asset_link file [title] [escape] %}`: a link to the file, its text the title or the file name. */
export const assetLink: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const [name, ...rest] = args;
    const url = name === undefined ? undefined : env.context.assetUrl(name);
    if (url === undefined) return missing('asset_link', name, env);
    const escape = popEscape(rest);
    const title = rest.length ? rest.join(' ') : name!;
    return element('a', { href: url, title }, escape ? escapeText(title) : title);
  },
};

/** `{% asset_path file %}`: the file's URL, bare (for the author's own HTML or Markdown links). */
export const assetPath: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const url = args[0] === undefined ? undefined : env.context.assetUrl(args[0]);
    // It usually sits in an attribute or a Markdown link: no markup, but nothing that breaks out of quotes.
    return url === undefined ? missing('asset_path', args[0], env) : escapeHtml(url);
  },
};
