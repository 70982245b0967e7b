// A block tag may sit in a list item or a Markdown blockquote: the lines it becomes must carry
// that container's indentation or `>` markers, or the container would end at the first of them.

/** The start of the line that holds `offset`. */
export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * What continues the container on each new line, given the text before a tag on its line:
 * `> ` stays, a list marker (`- `, `1. `) becomes as many spaces, indentation stays. `undefined`
 * when other text precedes the tag (the tag does not start a block there).
 */
export function containerPrefix(before: string): string | undefined {
  const match = /^((?:[ \t]*>)*[ \t]*)((?:[-+*]|\d{1,9}[.)])[ \t]+)?$/.exec(before);
  if (!match) return undefined;
  return match[1]! + ' '.repeat(match[2]?.length ?? 0);
}

// How much of `line` is the container's prefix: the same `>` markers, then up to as many
// columns of indentation.
function prefixLength(line: string, prefix: string): number {
  let i = 0;
  let j = 0;
  while (i < line.length && j < prefix.length) {
    if (prefix[j] === '>') {
      const next = line.slice(i).search(/\S/);
      if (next === -1 || line[i + next] !== '>') return i;
      i += next + 1;
    } else if (line[i] === ' ' || line[i] === '\t') {
      i++;
    } else if (prefix.slice(j).trim() === '' || line[i] !== prefix[j]) {
      return i;
    }
    j++;
  }
  return i;
}

/**
 * The lines of a block tag's body without the container's prefix and without their common
 * indentation (as Hexo's `stripIndent` does), and without the empty first and last lines that
 * the tag and its end tag leave on lines of their own.
 */
export function bodyLines(body: string, prefix: string): string[] {
  const lines = body.split(/\r?\n/);
  // Text right after the opening tag, on its line, has no prefix of its own.
  const first = lines.length > 1 && lines[0]!.trim() === '' ? (lines.shift(), undefined) : lines.shift();
  const rest = lines.map((line) => line.slice(prefixLength(line, prefix)));
  if (rest.length && rest.at(-1)!.trim() === '') rest.pop();
  const indents = rest.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  const dedented = rest.map((line) => (line.trim() === '' ? '' : line.slice(common)));
  return first === undefined ? dedented : [first.trim(), ...dedented];
}

/**
 * Places a block's lines where its tag was: on a line of its own (after a blank line when text
 * precedes the tag), each new line continued with the container's prefix. A blank line follows
 * unless the block ends with a code fence or a blank line follows anyway: after HTML or a quote,
 * the next line would otherwise be read as part of the block.
 */
export function placeBlock(
  lines: readonly string[],
  place: { prefix: string | undefined; before: string; after: string },
): string {
  const prefix = place.prefix ?? /^[ \t>]*/.exec(place.before)![0];
  const blank = prefix.trimEnd();
  const joined = lines.map((line, index) => (index === 0 ? line : line === '' ? blank : prefix + line)).join('\n');
  const lead = place.prefix === undefined ? `\n${blank}\n${prefix}` : '';
  const [rest = '', next] = place.after.split('\n', 2);
  if (rest.trim() !== '') return `${lead}${joined}\n${blank}\n${prefix}`;
  const fenced = /^(`{3,}|~{3,})$/.test(lines.at(-1) ?? '');
  const blankFollows = next === undefined || next.slice(prefix.length).trim() === '' || next.trim() === blank;
  return `${lead}${joined}${fenced || blankFollows ? '' : `\n${blank}`}`;
}
