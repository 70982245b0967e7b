import { protectedRanges, rangeAt } from '../markdown/hexo-tags/regions';

/** A `<script>` taken out of a post: where it was and what became of it. */
export interface RemovedScript {
  line: number;
  message: string;
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;

/** The tag that shows what a known embed's script would have loaded, as a link the page can keep. */
function embedTag(attributes: string): string | undefined {
  const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '';
  const gist = /^(?:https?:)?\/\/gist\.github\.com\/(?:[\w-]+\/)?([\da-f]+)\.js(?:\?file=([^&#]+))?/i.exec(src);
  if (gist) return `{% gist ${gist[1]}${gist[2] ? ` ${decodeURIComponent(gist[2])}` : ''} %}`;
  const fiddle = /^(?:https?:)?\/\/jsfiddle\.net\/(?:[\w-]+\/)?(\w+)\/(?:\d+\/)?embed\//i.exec(src);
  if (fiddle) return `{% jsfiddle ${fiddle[1]} %}`;
  // CodePen's script turns the `<p class="codepen">` before it, which already links the pen, into a frame.
  if (/^(?:https?:)?\/\/(?:cpwebassets\.|static\.|assets\.)?codepen\.io\//i.test(src)) return '';
  return undefined;
}

/**
 * Takes every `<script>` out of a post's Markdown (outside code, where it is only shown): pages run
 * only the site's own scripts, and the site's Content-Security-Policy would block the rest. A
 * known embed (a gist, a JSFiddle) becomes its Hexo tag, so the reader gets a link to it; CodePen's
 * script goes and its fallback paragraph stays. Every script is reported with its line.
 */
export function removeScripts(markdown: string): { markdown: string; removed: RemovedScript[] } {
  if (!/<script\b/i.test(markdown)) return { markdown, removed: [] };
  const ranges = protectedRanges(markdown);
  const removed: RemovedScript[] = [];
  const lineAt = (offset: number) => markdown.slice(0, offset).split('\n').length;
  const result = markdown.replace(SCRIPT, (match, attributes: string, offset: number) => {
    if (rangeAt(ranges, offset)) return match;
    const tag = embedTag(attributes);
    const what = match.length > 80 ? `${match.slice(0, 77)}...` : match;
    removed.push({
      line: lineAt(offset),
      message:
        tag === undefined
          ? `${what} removed: pages run only the site's own scripts`
          : `${what} replaced by ${tag || 'the link beside it'}`,
    });
    return tag ?? '';
  });
  return { markdown: result, removed };
}
