import { escape, parse, split } from 'hexo-front-matter';

/**
 * Rewrites a post's front matter into the one form contentlayer and remark-frontmatter read
 * (`---` on the first line, YAML, `---`), from every form Hexo reads (hexo-front-matter): YAML
 * with no opening `---` (up to the first `---` line), YAML after blank lines, and JSON between
 * `;;;` lines. Text that Hexo would not read as front matter is returned unchanged, and so is a
 * post already in the usual form.
 *
 * Tab-indented YAML gets spaces, as Hexo reads it.
 *
 * Blank lines before the opening `---` move below it, so line numbers in the body stay as the
 * author wrote them; a file without an opening `---` gains one line.
 */
export function canonicalFrontMatter(text: string): string {
  const { data, content, separator, prefixSeparator } = split(text);
  if (data === undefined || separator === undefined) return text;
  // Hexo reads tab-indented YAML (it turns the tabs into spaces); the YAML parser does not.
  const hasTabs = /\n\t/.test(data);
  if (prefixSeparator && separator === '---' && !hasTabs) return text;
  // hexo-front-matter's own test of whether the text before a `---` line is front matter.
  const parsed = parse(text) as Record<string, unknown>;
  if (Object.keys(parsed).every((key) => key === '_content')) return text;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (separator.startsWith(';')) {
    // Hexo's JSON front matter is an object without its braces; JSON is YAML.
    return `---${newline}{${data}}${newline}---${newline}${content}`;
  }
  if (prefixSeparator) return `---${newline}${escape(data)}${newline}---${newline}${content}`;
  // Blank lines, then `---`: Hexo reads what follows as the front matter.
  const afterBlankLines = /^((?:[ \t]*\r?\n)*)-{3,}\r?\n([\s\S]*)$/.exec(data);
  const yaml = afterBlankLines ? `${afterBlankLines[1]}${afterBlankLines[2]}` : data;
  return `---${newline}${escape(yaml)}${newline}---${newline}${content}`;
}
