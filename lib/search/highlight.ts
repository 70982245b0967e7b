import { initialsOf } from './hangul';

/** A piece of text, marked when it matched the query. */
export interface Segment {
  text: string;
  match: boolean;
}

/** What to highlight: literal surfaces, and 초성 prefixes that mark the words starting with them. */
export interface Needles {
  surfaces: string[];
  initials: string[];
}

/**
 * The ranges of `text` that match, case-insensitively: every occurrence of a surface, and every
 * Hangul word whose initial consonants start with a 초성 needle (its first syllables).
 */
export function matchRanges(text: string, needles: Needles): [number, number][] {
  const ranges: [number, number][] = [];
  // Lower-casing can change a string's length (İ); then compare char by char so offsets stay true.
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join(
      '',
    );
  }
  for (const surface of needles.surfaces) {
    if (!surface) continue;
    for (let at = lower.indexOf(surface); at !== -1; at = lower.indexOf(surface, at + surface.length)) {
      ranges.push([at, at + surface.length]);
    }
  }
  if (needles.initials.length) {
    for (const word of text.matchAll(/[\uac00-\ud7a3]+/g)) {
      const initials = initialsOf(word[0]);
      const needle = needles.initials.find((candidate) => initials.startsWith(candidate));
      if (needle) ranges.push([word.index, word.index + needle.length]);
    }
  }
  return merge(ranges);
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Splits text into plain and matched segments. */
export function highlight(text: string, needles: Needles): Segment[] {
  return segmentsOf(text, matchRanges(text, needles));
}

function segmentsOf(text: string, ranges: [number, number][]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/**
 * A window of about `length` characters around the first match, cut at spaces where it can be,
 * with ellipses where text was left out. Without a match, the opening of the text.
 */
export function snippet(text: string, needles: Needles, length = 140): Segment[] {
  const ranges = matchRanges(text, needles);
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < (first?.[0] ?? end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (first?.[1] ?? start)) end = space;
  }
  // Never cut a surrogate pair or a Hangul syllable sequence mid-character.
  if (isLowSurrogate(text.charCodeAt(start))) start--;
  if (isLowSurrogate(text.charCodeAt(end))) end++;
  const inside = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start, Math.min(e, end) - start]);
  // Newlines become spaces one for one, so the ranges still line up.
  const segments = segmentsOf(text.slice(start, end).replace(/\s/g, ' '), inside);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
