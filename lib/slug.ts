// Symbols that carry meaning in technology names. Spelling them out keeps `C++`, `C#` and `C`
// on three different pages, where Hexo and most slug libraries give all three `/c`.
const SYMBOL_WORDS: Record<string, string> = {
  '+': 'plus',
  '#': 'sharp',
  '&': 'and',
  '@': 'at',
  '%': 'percent',
  '=': 'equals',
  '*': 'star',
};

/**
 * Turns a tag or category name into one readable URL segment: NFC, lower case, Unicode letters,
 * marks and digits kept, meaningful symbols spelled out, everything else folded into `-`.
 * Case-insensitive by design (`React` and `react` share a slug).
 */
export function slugify(name: string): string {
  let out = '';
  let pendingDash = false;
  for (const char of name.normalize('NFC').toLowerCase()) {
    const word = SYMBOL_WORDS[char];
    if (word) {
      out += (out ? '-' : '') + word;
      pendingDash = true;
    } else if (/[\p{L}\p{M}\p{N}_.]/u.test(char)) {
      if (pendingDash && out) out += '-';
      out += char;
      pendingDash = false;
    } else {
      pendingDash = true;
    }
  }
  // A segment of dots is a relative path to the browser: a leading dot is spelled out
  // (`.NET` is not `NET`), a trailing one dropped.
  out = out.replace(/^\.+/, 'dot-').replace(/\.+$/, '');
  return out || 'untitled';
}

/** The key under which names are grouped: names that differ only in case or Unicode form are one. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/** A post's slug: its file name without directory or extension, NFC-normalized, Unicode kept. */
export function postSlug(filePath: string): string {
  const base = filePath.split('/').pop() ?? filePath;
  return base.replace(/\.(md|markdown|mdx)$/i, '').normalize('NFC');
}
