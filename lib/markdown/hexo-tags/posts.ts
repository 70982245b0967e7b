import { popEscape } from './args';
import { element, escapeHtml, escapeText } from './html';
import type { InlineTag } from './types';

/**
 * `{% post_link target[#anchor] [text] [escape] %}`: a link to another post, its text the
 * given text or the post's title (escaped unless `escape` is `false`), its tooltip the title.
 */
export const postLink: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const [written = '', ...rest] = args;
    const escape = popEscape(rest);
    const [target = '', hash] = written.split('#');
    const post = target ? env.context.findPost(target) : undefined;
    if (!post) {
      env.problem(target ? `post_link: no post "${target}"` : 'post_link: no post named');
      return escapeText(rest.join(' ') || target);
    }
    const text = rest.length ? rest.join(' ') : post.title;
    const href = post.url + (hash ? `#${hash}` : '');
    return element('a', { href, title: post.title }, escape ? escapeText(text) : text);
  },
};

/** `{% post_path target %}`: another post's URL, bare. */
export const postPath: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const [target] = args;
    const post = target ? env.context.findPost(target) : undefined;
    if (!post) {
      env.problem(target ? `post_path: no post "${target}"` : 'post_path: no post named');
      return '';
    }
    return escapeHtml(post.url);
  },
};
