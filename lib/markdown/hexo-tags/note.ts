import { escapeText, openTag } from './html';
import type { BlockTag } from './types';

// NexT's note styles (hexo-theme-next/scripts/tags/note.js) as the site's GitHub-style alerts.
const ALERTS: Record<string, string> = {
  default: 'NOTE',
  primary: 'NOTE',
  info: 'NOTE',
  success: 'TIP',
  warning: 'WARNING',
  danger: 'CAUTION',
};
const KEYWORDS = new Set([...Object.keys(ALERTS), 'no-icon']);

/**
 * NexT's `{% note [style] [no-icon] [summary] %}…{% endnote %}` (also `subnote`) as a GitHub
 * alert (`> [!WARNING]` and the body, each line quoted), which rehype-github-alerts turns into
 * the site's titled, styled alert. With a summary, NexT makes the note collapsible: that is a
 * `<details>` with the alert's classes and the summary as its title. `no-icon` is accepted and
 * has no effect: alerts always show their icon.
 */
export const note: BlockTag = {
  kind: 'block',
  verbatim: false,
  render(args, body, env) {
    const rest = [...args];
    let style = 'default';
    // NexT takes at most two keywords (a style and `no-icon`), in either order.
    for (let i = 0; i < 2 && KEYWORDS.has(rest[0] ?? ''); i++) {
      const keyword = rest.shift()!;
      if (keyword !== 'no-icon') style = keyword;
    }
    const alert = ALERTS[style]!;
    if (rest.length) {
      const kind = alert.toLowerCase();
      const open = openTag('details', { class: `markdown-alert markdown-alert-${kind}`, role: 'note' });
      const summary = `<summary class="markdown-alert-title">${escapeText(rest.join(' '))}</summary>`;
      return `${open}${summary}\n\n${body}\n\n</details>`;
    }
    // An alert with nothing in it is left as a quote by rehype-github-alerts: leave it out.
    if (body.trim() === '') return '';
    const quoted = [`> [!${alert}]`, ...body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`))].join('\n');
    // rehype-github-alerts replaces an alert's children by a copy of their list, and so misses an
    // alert directly in another: one more element around it keeps it in reach.
    const nested = env.ancestors.some((name) => name === 'note' || name === 'subnote');
    return nested ? `<div>\n\n${quoted}\n\n</div>` : quoted;
  },
};
