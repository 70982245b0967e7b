import { element, escapeText } from './html';
import type { EmbedService, HexoTagContext, InlineTag, TagEnv } from './types';

const ENGLISH: Record<EmbedService, (target: string) => string> = {
  youtube: (id) => `YouTube video ${id}`,
  'youtube-playlist': (id) => `YouTube playlist ${id}`,
  vimeo: (id) => `Vimeo video ${id}`,
  iframe: (url) => `Embedded page: ${url}`,
  gist: (id) => `Gist ${id}`,
  jsfiddle: (id) => `JSFiddle ${id}`,
};

const titleOf = (context: HexoTagContext, service: EmbedService, target: string) =>
  context.embedTitle?.(service, target) ?? ENGLISH[service](target);

const need = (tag: string, args: string[], env: TagEnv) => {
  if (!args[0]) env.problem(`${tag}: no ${tag === 'iframe' ? 'URL' : 'id'}`);
  return args[0];
};

// Embedded players load only when scrolled to; a frame's title is what a screen reader announces.
const frame = (src: string, title: string, size: { width?: string; height?: string } = {}) =>
  element('iframe', { src, title, ...size, loading: 'lazy', allow: 'fullscreen', allowfullscreen: true }, '');

/** `{% iframe url [width] [height] %}`: width 100% and height 300 unless given (or `default`). */
export const iframe: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const url = need('iframe', args, env);
    if (!url) return '';
    const [, width, height] = args;
    return frame(url, titleOf(env.context, 'iframe', url), {
      width: width && width !== 'default' ? width : '100%',
      height: height && height !== 'default' ? height : '300',
    });
  },
};

/**
 * `{% youtube id [video|playlist] [cookie] %}`: always the privacy-enhanced player
 * (youtube-nocookie.com), which sets no cookie until the reader plays the video.
 */
export const youtube: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const id = need('youtube', args, env);
    if (!id) return '';
    const playlist = args[1] === 'playlist';
    const path = playlist ? `videoseries?list=${encodeURIComponent(id)}` : encodeURIComponent(id);
    const title = titleOf(env.context, playlist ? 'youtube-playlist' : 'youtube', id);
    return frame(`https://www.youtube-nocookie.com/embed/${path}`, title, { width: '560', height: '315' });
  },
};

/** `{% vimeo id %}`: Vimeo's player, told not to track the reader (`dnt=1`). */
export const vimeo: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const id = need('vimeo', args, env);
    if (!id) return '';
    const src = `https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1`;
    return frame(src, titleOf(env.context, 'vimeo', id), { width: '640', height: '360' });
  },
};

/**
 * `{% gist id [filename] %}`: a link to the gist (and to the file in it), not Hexo's `<script>`:
 * the page runs no third-party script.
 */
export const gist: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const id = need('gist', args, env);
    if (!id) return '';
    const file = args[1];
    // GitHub's anchor for a file of a gist: `file-` and the name, lower case, `.` as `-`.
    const anchor = file ? `#file-${file.toLowerCase().replace(/[^a-z0-9_-]/g, '-')}` : '';
    const text = titleOf(env.context, 'gist', file ? `${id} (${file})` : id);
    return element('a', { href: `https://gist.github.com/${id}${anchor}` }, escapeText(text));
  },
};

/** `{% jsfiddle id [tabs] [skin] [width] [height] %}`: a link to the fiddle; the display options go. */
export const jsfiddle: InlineTag = {
  kind: 'inline',
  render(args, env) {
    const id = need('jsfiddle', args, env);
    if (!id) return '';
    return element('a', { href: `https://jsfiddle.net/${id}/` }, escapeText(titleOf(env.context, 'jsfiddle', id)));
  },
};
