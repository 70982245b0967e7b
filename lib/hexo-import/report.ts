import type { ImportResult } from './import';
import type { Destination } from './plan';

const LABELS: Record<Destination, string> = { posts: 'Posts', pages: 'Pages', static: 'Static files' };

const show = (value: unknown) =>
  typeof value === 'string' ? value || "''" : value === undefined ? '(none)' : JSON.stringify(value);

/** Whether the import left a file because it differs from what it would write (the command then fails). */
export function hasSkipped(result: ImportResult): boolean {
  return result.files.some((file) => file.outcome === 'skipped');
}

// A section with nothing to list is one line (`title: none`), or left out when `empty` is not given.
function section(title: string, lines: string[], empty?: string): string[] {
  if (lines.length === 0) return empty === undefined ? [] : [`${title}${empty ? `: ${empty}` : ''}`, ''];
  return [`${title}:`, ...lines.map((line) => `  ${line}`), ''];
}

/**
 * The import's one report: files copied per destination (with unchanged, skipped and
 * overwritten ones), settings taken and changed, each fix, every file left out and every
 * problem the build will stop on (`file:LINE: message`).
 */
export function formatReport(result: ImportResult): string {
  const out: string[] = [];
  for (const to of ['posts', 'pages', 'static'] as const) {
    const files = result.files.filter((file) => file.to === to);
    const count = (outcome: string) => files.filter((file) => file.outcome === outcome).length;
    const listed = files
      .filter((file) => file.outcome !== 'unchanged')
      .map(
        (file) =>
          `${file.outcome}: ${file.target}${file.outcome === 'skipped' ? ' (differs; --force replaces it)' : ''}`,
      );
    const summary =
      `${count('copied')} copied, ${count('unchanged')} unchanged, ${count('skipped')} skipped` +
      (count('overwritten') ? `, ${count('overwritten')} overwritten` : '');
    out.push(...section(`${LABELS[to]} (${summary})`, listed, ''));
  }

  const taken = Object.entries(result.taken).map(([key, value]) => `${key}: ${show(value)}`);
  const written = result.settingsCreated ? 'written to' : result.changes.length ? 'merged into' : 'already in';
  out.push(
    ...section(`Settings from ${result.hexoConfig}, ${written} ${result.settingsFile}`, [...taken, ...result.notes]),
  );
  if (!result.settingsCreated) {
    const changes = result.changes.map(({ key, before, after }) => `${key}: ${show(before)} → ${show(after)}`);
    out.push(...section('Settings changed', changes, 'none'));
  }

  out.push(
    ...section(
      'Fixes written',
      result.fixes.map(({ file, fix }) => `${file}: ${fix}`),
      'none',
    ),
  );
  out.push(
    ...section(
      'Ignored (as Hexo ignores them)',
      result.ignored.map((f) => `source/${f.source}: ${f.reason}`),
    ),
  );
  out.push(
    ...section(
      'Not copied',
      result.refused.map((f) => `source/${f.source}: ${f.reason}`),
    ),
  );
  const problems = result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  out.push(...section('Problems the build will stop on', problems, 'none'));
  if (hasSkipped(result))
    out.push('Some files were skipped because they differ: run again with --force to replace them.');
  return out.join('\n').trimEnd();
}
