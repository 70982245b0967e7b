// Hexo hands a tag's arguments to Nunjucks' lexer and glues its tokens back together between
// whitespace (hexo/dist/extend/tag.js): `"a b"` is one argument `a b`, `lang:js` stays one
// argument, `title:"a b"` is `title:a b`, and an empty string `""` is no argument at all. A quote
// only opens a string where a token starts, so `Don't` is one plain word.

const WHITESPACE = ' \n\t\r\u00a0';
// Nunjucks' delimiters: each ends a word, and a quote after one opens a string.
const DELIMITERS = '()[]{}%*-+~/#,:|.<>=!';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

/** A tag as written: its name, its arguments, and where it ends in the source. */
export interface LexedTag {
  name: string;
  args: string[];
  /** Offset just after the tag's `%}`. */
  end: number;
}

/**
 * Reads the tag whose `{%` is at `start`, the way Hexo does: whitespace separates arguments,
 * single or double quotes group words (a backslash escapes the next character; `\n`, `\t`, `\r`
 * are control characters), the quotes themselves go, and a `%}` inside quotes does not end the
 * tag. Nunjucks' whitespace control (`{%-`, `-%}`) is accepted. `undefined` when the tag has
 * no `%}`.
 */
export function lexTag(source: string, start: number): LexedTag | undefined {
  const words: string[] = [];
  let word = '';
  let i = source[start + 2] === '-' ? start + 3 : start + 2;
  let tokenStart = true;
  const endWord = () => {
    if (word.trim() !== '') words.push(word.trim());
    word = '';
  };
  while (i < source.length) {
    const char = source[i]!;
    if (source.startsWith('%}', i) || source.startsWith('-%}', i)) {
      endWord();
      const [name = '', ...args] = words;
      return { name, args, end: i + (char === '-' ? 3 : 2) };
    }
    if (WHITESPACE.includes(char)) {
      endWord();
      tokenStart = true;
      i++;
    } else if (tokenStart && (char === '"' || char === "'")) {
      i++;
      while (i < source.length && source[i] !== char) {
        if (source[i] === '\\' && i + 1 < source.length) {
          i++;
          word += ESCAPES[source[i]!] ?? source[i];
        } else {
          word += source[i];
        }
        i++;
      }
      i++;
      tokenStart = true;
    } else {
      word += char;
      tokenStart = DELIMITERS.includes(char);
      i++;
    }
  }
  return undefined;
}

/** Takes the optional `true`/`false` off the end of a link tag's arguments: whether to escape its text. */
export function popEscape(args: string[]): boolean {
  const last = args.at(-1);
  if (last === 'true' || last === 'false') args.pop();
  return last !== 'false';
}
