import { element, escapeText, openTag } from './html';
import type { BlockTag } from './types';

// Hexo's reading of `[author[, source]] [link] [source_link_title]` (hexo/dist/plugins/tag/blockquote.js).
const FULL_CITE_WITH_TITLE = /(\S.*)\s+(https?:\/\/\S+)\s+(.+)/i;
const FULL_CITE = /(\S.*)\s+(https?:\/\/\S+)/i;
const AUTHOR_TITLE = /([^,]+),\s*([^,]+)/;

/** The `<footer>` of a quote: the author in `<strong>`, the source in `<cite>`, linked when given. */
export function quoteFooter(args: readonly string[]): string {
  const text = args.join(' ');
  if (!text) return '';
  let author = text;
  let source = '';
  let title = '';
  let match: RegExpExecArray | null;
  if ((match = FULL_CITE_WITH_TITLE.exec(text))) [, author = '', source = '', title = ''] = match;
  else if ((match = FULL_CITE.exec(text))) [, author = '', source = ''] = match;
  else if ((match = AUTHOR_TITLE.exec(text))) [, author = '', title = ''] = match;
  let footer = author ? element('strong', {}, escapeText(author)) : '';
  if (source) {
    // Without a title, the link shows the address without its scheme and trailing index.html.
    const shown = title || source.replace(/^https?:\/\/|\/(index.html?)?$/g, '');
    footer += element('cite', {}, element('a', { href: source }, escapeText(shown)));
  } else if (title) {
    footer += element('cite', {}, escapeText(title));
  }
  return element('footer', {}, footer);
}

// The body is Markdown between two HTML blocks: blank lines around it make remark parse it
// as Markdown, and rehype-raw puts it back inside the element.
const wrap = (open: string, body: string, tail: string) => `${open}\n\n${body}\n\n${tail}`;

/** `{% blockquote [author[, source]] [link] [source_link_title] %}…{% endblockquote %}` (also `quote`). */
export const blockquote: BlockTag = {
  kind: 'block',
  verbatim: false,
  render(args, body) {
    const footer = quoteFooter(args);
    return wrap('<blockquote>', body, `${footer}${footer ? '\n' : ''}</blockquote>`);
  },
};

/** `{% pullquote [class] %}…{% endpullquote %}`: a blockquote with the classes `pullquote` and those given. */
export const pullquote: BlockTag = {
  kind: 'block',
  verbatim: false,
  render(args, body) {
    return wrap(openTag('blockquote', { class: ['pullquote', ...args].join(' ') }), body, '</blockquote>');
  },
};
