import { element, escapeText } from './html';
import type { BlockTag } from './types';

// Hexo's caption forms (hexo/dist/plugins/tag/code.js): `title url link_text`, `title url`, `title`.
const CAPTION_URL_TITLE = /(\S[\S\s]*)\s+(https?:\/\/\S+)\s+(.+)/i;
const CAPTION_URL = /(\S[\S\s]*)\s+(https?:\/\/\S+)/i;

interface CodeOptions {
  lang?: string;
  highlight: boolean;
  lineNumbers?: boolean;
  firstLine: number;
  mark: number[];
  caption: string;
}

/** Reads `[title] [lang:x] [url] [link text] [line_number:b] [highlight:b] [first_line:n] [mark:a,b-c] [wrap:b]`. */
export function codeOptions(args: readonly string[]): CodeOptions {
  const options: CodeOptions = { highlight: true, firstLine: 1, mark: [], caption: '' };
  const words: string[] = [];
  for (const arg of args) {
    const colon = arg.indexOf(':');
    const [key, value] = colon === -1 ? ['', arg] : [arg.slice(0, colon), arg.slice(colon + 1)];
    if (key === 'lang') options.lang = value;
    else if (key === 'highlight') options.highlight = value === 'true';
    else if (key === 'line_number') options.lineNumbers = value === 'true';
    else if (key === 'first_line' && value !== '' && !Number.isNaN(Number(value))) options.firstLine = Number(value);
    else if (key === 'mark') options.mark = markedLines(value);
    // wrap, line_threshold and language_attr shape Hexo's own markup; Shiki's has no use for them.
    else if (!['wrap', 'line_threshold', 'language_attr'].includes(key)) words.push(arg);
  }
  options.caption = words.join(' ');
  return options;
}

function markedLines(value: string): number[] {
  const lines: number[] = [];
  for (const part of value.split(',')) {
    const [a, b] = part.split('-').map(Number);
    if (part.includes('-') && Number.isInteger(a) && Number.isInteger(b)) {
      for (let line = Math.min(a!, b!); line <= Math.max(a!, b!); line++) lines.push(line);
    } else if (part !== '' && Number.isInteger(Number(part))) {
      lines.push(Number(part));
    }
  }
  return lines;
}

// rehype-pretty-code's `{1,3-4}` counts from the block's first line; Hexo's marks count from
// `first_line`.
function ranges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].filter((line) => line >= 1).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? `${start}` : `${start}-${sorted[i]}`);
  }
  return parts.length ? `{${parts.join(',')}}` : '';
}

// Hexo runs a code tag's body through Nunjucks, so its authors wrap `{{ }}` in `{% raw %}`:
// the markers go, what they protect stays.
const unwrapRaw = (body: string) =>
  body.replace(/^[ \t]*\{%-?\s*(?:end)?raw\s*-?%\}[ \t]*(?:\n|$)/gm, '').replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '');

/**
 * `{% codeblock [options] %}…{% endcodeblock %}` (also `code`) as a fenced code block for Shiki:
 * ```` ```lang title="caption" {marked lines} showLineNumbers{first} ````. rehype-pretty-code
 * reads a title only between double quotes, so a `"` in it becomes `”`. A source link (`url
 * [link text]`) follows the block as `<p class="code-source"><a href="url">link text</a></p>`.
 * `highlight:false` leaves out the language. The body is code, taken as written.
 */
export const codeblock: BlockTag = {
  kind: 'block',
  verbatim: true,
  render(args, written) {
    const options = codeOptions(args);
    const body = unwrapRaw(written);
    let title = options.caption;
    let source = '';
    const match = CAPTION_URL_TITLE.exec(options.caption) ?? CAPTION_URL.exec(options.caption);
    if (match) {
      title = match[1]!;
      source = element('p', { class: 'code-source' }, element('a', { href: match[2] }, escapeText(match[3] ?? 'link')));
    }
    const numbers = options.lineNumbers ?? options.firstLine !== 1;
    const extra = [
      title ? `title="${title.replace(/"/g, '”').replace(/\s+/g, ' ')}"` : '',
      ranges(options.mark.map((line) => line - options.firstLine + 1)),
      numbers ? `showLineNumbers${options.firstLine === 1 ? '' : `{${options.firstLine}}`}` : '',
    ].filter(Boolean);
    // The info string's first word is the language: with more to say, there must be one.
    const lang = (options.highlight && options.lang) || (extra.length ? 'plaintext' : '');
    const meta = [lang, ...extra].filter(Boolean).join(' ');
    // An info string may not hold a backtick after a backtick fence; a tilde fence allows it.
    const char = meta.includes('`') ? '~' : '`';
    const runs = body.match(char === '`' ? /^[ \t]*`{3,}/gm : /^[ \t]*~{3,}/gm) ?? [];
    const fence = char.repeat(Math.max(2, ...runs.map((run) => run.trim().length)) + 1);
    return [`${fence}${meta}`, body, fence, ...(source ? ['', source] : [])].join('\n');
  },
};
