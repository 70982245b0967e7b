// What a tag emits goes back through remark before it becomes HTML: raw HTML survives as is,
// but text between an inline `<a>` and `</a>` is still Markdown. So text is escaped twice over:
// for HTML, and for every character Markdown (with GFM and math) would read as syntax.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // So that no `{%` is left for a later reader to take for a tag.
  '{': '&#123;',
  // GFM splits a table row at every `|`, even inside an HTML attribute.
  '|': '&#124;',
};

/** Escapes text for an HTML attribute value in double quotes, or for HTML outside Markdown. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'{|]/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * Escapes text to stand inside inline HTML in Markdown: HTML's specials and Markdown's
 * punctuation (emphasis, links, code, math, tables, Hexo's `{%`) as numeric character
 * references. GFM links bare addresses after parsing, in the decoded text, so an address in the
 * text (`https://…`, `www.…`, `a@b.c`) is split by a `<wbr>`, which also lets it wrap.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
    .replace(/[\\`*_[\]{}~$|]/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/(:)(\/\/)|\b(www)(\.)|(\S)(@)/gi, (...groups: string[]) =>
      groups.slice(1, 7).filter(Boolean).join('<wbr>'),
    )
    .replace(/\r?\n/g, ' ');
}

/** Attribute values by name; `undefined`, `false` and `''` leave the attribute out, `true` writes it bare. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** `<name a="b">` with escaped values, in the order given. */
export function openTag(name: string, attributes: Attributes = {}): string {
  let result = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === '') continue;
    result += value === true ? ` ${key}` : ` ${key}="${escapeHtml(String(value))}"`;
  }
  return `${result}>`;
}

/** An element whose content is already HTML (or escaped text): `<a href="…">content</a>`. */
export function element(name: string, attributes: Attributes, content: string): string {
  return `${openTag(name, attributes)}${content}</${name}>`;
}
