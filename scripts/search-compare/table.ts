// The comparison as Markdown: one summary table against the budget, one table of cases.
import { CASES } from './cases';
import type { Measurement, Outcome } from './measure';

/** The budget at 10,000 posts (docs/search.md). */
export const BUDGET = { firstResultBytes: 500_000, queryMs: 30, buildMs: 10_000 };

const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US'));
const mark = (ok: boolean) => (ok ? '✅' : '❌');

function table(header: string[], rows: string[][], align: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

const isMeasurement = (outcome: Outcome): outcome is Measurement => !('error' in outcome);

const seconds = (value: number) => (value / 1000).toFixed(1);
const pair = (wall: string, cpu: string) => `${wall} / ${cpu}`;

export function summaryTable(outcomes: Outcome[]): string {
  const header = [
    'engine',
    'build s (wall / CPU)',
    'index raw',
    'index gz',
    'runtime gz',
    'first result gz (median / max)',
    'query ms median (wall / CPU)',
    'query ms p95 (wall / CPU)',
    'cases',
    'budget (CPU time)',
  ];
  const rows = outcomes.map((outcome) => {
    if (!isMeasurement(outcome)) {
      return [outcome.name, `failed: ${outcome.error.split('\n')[0]}`, ...header.slice(2).map(() => '')];
    }
    const { buildMs, index, runtime, firstResult, queryMs, cases } = outcome;
    const size = firstResult.max <= BUDGET.firstResultBytes;
    const speed = queryMs.median.cpu < BUDGET.queryMs;
    const build = buildMs.cpu < BUDGET.buildMs;
    return [
      outcome.name,
      pair(seconds(buildMs.wall), seconds(buildMs.cpu)),
      kb(index.raw),
      kb(index.gzip),
      runtime === undefined ? '?' : kb(runtime),
      pair(kb(firstResult.median), kb(firstResult.max)),
      pair(ms(queryMs.median.wall), ms(queryMs.median.cpu)),
      pair(ms(queryMs.p95.wall), ms(queryMs.p95.cpu)),
      `${cases.filter(Boolean).length}/${cases.length}`,
      `size ${mark(size)} speed ${mark(speed)} build ${mark(build)}`,
    ];
  });
  return table(header, rows, ['---', ...header.slice(1).map(() => '---:')]);
}

export function casesTable(outcomes: Outcome[]): string {
  const measured = outcomes.filter(isMeasurement);
  const header = ['case', ...measured.map((outcome) => outcome.name)];
  const rows = CASES.map((c, i) => [c.label, ...measured.map((outcome) => mark(outcome.cases[i]!))]);
  return table(header, rows, ['---', ...measured.map(() => ':---:')]);
}
