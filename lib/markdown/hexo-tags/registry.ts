import { assetImg, assetLink, assetPath } from './assets';
import { codeblock } from './codeblock';
import { gist, iframe, jsfiddle, vimeo, youtube } from './embeds';
import { img, link } from './images';
import { note } from './note';
import { postLink, postPath } from './posts';
import { blockquote, pullquote } from './quotes';
import type { TagHandler } from './types';

/** Every tag this module expands, by every name Hexo, hexo-tag-embed and NexT give it. */
export const TAGS: ReadonlyMap<string, TagHandler> = new Map<string, TagHandler>([
  ['asset_img', assetImg],
  ['asset_image', assetImg],
  ['asset_link', assetLink],
  ['asset_path', assetPath],
  ['post_link', postLink],
  ['post_path', postPath],
  ['blockquote', blockquote],
  ['quote', blockquote],
  ['pullquote', pullquote],
  ['codeblock', codeblock],
  ['code', codeblock],
  ['img', img],
  ['image', img],
  ['link', link],
  ['a', link],
  ['anchor', link],
  ['iframe', iframe],
  ['youtube', youtube],
  ['vimeo', vimeo],
  ['gist', gist],
  ['jsfiddle', jsfiddle],
  ['note', note],
  ['subnote', note],
]);

/** `raw` is no tag of its own: its body is passed on as written, wherever it stands. */
export const RAW = 'raw';

/** Tags whose body is taken as written, end tag found by text alone. */
export const VERBATIM: ReadonlySet<string> = new Set([
  RAW,
  ...[...TAGS].flatMap(([name, tag]) => (tag.kind === 'block' && tag.verbatim ? [name] : [])),
]);

/** Tags that must have an end tag. */
export const BLOCKS: ReadonlySet<string> = new Set([
  RAW,
  ...[...TAGS].flatMap(([name, tag]) => (tag.kind === 'block' ? [name] : [])),
]);
