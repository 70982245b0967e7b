// Prints what bench-search measured as compact Markdown tables.
import os from 'node:os';

import type { Download } from './browser';

export interface Measurements {
  count: number;
  /** Load average when the run started. */
  load: number[];
  queries: readonly { kind: string; query: string }[];
  /** `indexSeconds` from the `Search index: ...` line of scripts/build-search-index.ts; none with `--index`. */
  build?: { indexSeconds: number; contentSeconds: number };
  /** Every index file: bytes on disk and gzipped. */
  sizes: Map<string, { bytes: number; gzip: number }>;
  /** What the server answers for meta.json when the browser accepts gzip. */
  encoding: string | undefined;
  downloads: { typed: Download[]; pasted: Download[]; ms?: number }[];
  latency: { cold: number[]; warm: number[] };
}

const GROUPS = ['meta.json', 'vocab/', 'shards/', 'posts/'];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (value: number | undefined) => (value === undefined ? '?' : `${Math.round(value)} ms`);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** How many files of each kind: `meta+vocab+shards+posts`. */
const breakdown = (names: readonly string[]) =>
  GROUPS.map((group) => names.filter((name) => name.startsWith(group)).length).join('+');

export function printReport(m: Measurements): void {
  const cpus = os.cpus();
  const files = [...m.sizes.values()];
  const largest = (prefix: string) =>
    Math.max(0, ...[...m.sizes].filter(([name]) => name.startsWith(prefix)).map(([, size]) => size.bytes));
  const meta = m.sizes.get('meta.json');

  console.log(`## bench:search, ${m.count.toLocaleString('en-US')} generated posts\n`);
  console.log(
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, load average ` +
      `${m.load.map((value) => value.toFixed(1)).join(' / ')} at the start: other jobs on the machine slow every ` +
      'time below. The site is built once on e2e/fixtures/posts; its standalone public/search-index is then ' +
      `replaced by the index of the ${m.count} generated posts (the /search page's code is the same whatever the content).\n`,
  );

  console.log('### (a) Search index in the content build\n');
  console.log(
    table(
      [
        'posts',
        'index build',
        'npm run content',
        'files (meta+vocab+shards+posts)',
        'size',
        'gzipped',
        'meta.json',
        'largest shard',
      ],
      [
        [
          String(m.count),
          m.build ? `${m.build.indexSeconds.toFixed(1)} s` : 'reused (--index)',
          m.build ? `${m.build.contentSeconds.toFixed(0)} s` : 'reused (--index)',
          `${files.length} (${breakdown([...m.sizes.keys()])})`,
          mib(sum(files.map((file) => file.bytes))),
          mib(sum(files.map((file) => file.gzip))),
          `${kib(meta?.bytes ?? 0)} (${kib(meta?.gzip ?? 0)} gzipped)`,
          kib(largest('shards/')),
        ],
      ],
    ),
  );
  console.log(
    '\n"index build" is the time scripts/build-search-index.ts reports; "npm run content" is the whole step ' +
      '(contentlayer, checks, index). Gzipped: each file on its own, summed.',
  );

  const all = m.downloads.flatMap(({ typed, pasted }) => [...typed, ...pasted]);
  const plain = all.filter((d) => d.contentEncoding !== 'gzip');
  const onWire = m.encoding === 'gzip';
  const bytes = (list: readonly Download[]) =>
    sum(list.map((d) => (onWire ? d.transferred : (m.sizes.get(d.file)?.gzip ?? 0))));
  const cell = (list: readonly Download[]) => `${kib(bytes(list))} in ${breakdown(list.map((d) => d.file))}`;

  console.log('\n### (b) Index downloaded before the first results, fresh browser context\n');
  console.log(
    onWire
      ? 'The standalone server gzips JSON from public/ (Content-Encoding: gzip), except small files: ' +
          `${plain.length} of ${all.length} fetches came uncompressed, the largest ` +
          `${kib(Math.max(0, ...plain.map((d) => m.sizes.get(d.file)?.bytes ?? 0)))}. Bytes are Chromium's ` +
          'encodedDataLength from CDP: each body as sent plus its HTTP headers (headers column).'
      : `The server answered Content-Encoding: ${m.encoding ?? 'none'}, so bytes are the gzip sizes of the ` +
          'fetched files computed here, not what crossed the wire.',
  );
  console.log(
    'Opening /search lists the newest posts (meta.json and their text: "at open"). "Typed" sends the query ' +
      'key by key, so every prefix searches too; "pasted" sends it in one input event. Files: ' +
      'meta+vocab+shards+posts. Time: from the pasted input to its results, downloads included.\n',
  );
  console.log(
    table(
      ['query', 'kind', 'typed', 'pasted', 'at open', 'headers (pasted)', 'JSON (pasted, decoded)', 'time'],
      m.downloads.map(({ typed, pasted, ms: time }, i) => [
        `\`${m.queries[i]!.query}\``,
        m.queries[i]!.kind,
        cell(typed),
        cell(pasted),
        kib(bytes(pasted.filter((d) => d.atOpen))),
        onWire ? kib(sum(pasted.map((d) => d.headers))) : '-',
        kib(sum(pasted.map((d) => m.sizes.get(d.file)?.bytes ?? 0))),
        ms(time),
      ]),
    ),
  );

  console.log('\n### (c) Keystroke to rendered results, Chromium\n');
  console.log(
    "From the input event to the moment [data-results-for] equals the input's value (MutationObserver and " +
      `performance.now() in the page), each key waiting for its results. Queries: ` +
      `${m.queries.map(({ query }) => `\`${query}\``).join(', ')}; Hangul arrives a syllable (or jamo) at a ` +
      'time, as an IME commits it. Cold: the first pass in a fresh page, index files fetched as needed. ' +
      'Warm: the same keys again, every file cached.\n',
  );
  console.log(
    table(
      ['pass', 'keystrokes', 'median', 'p95', 'worst'],
      (['cold', 'warm'] as const).map((pass) => {
        const values = m.latency[pass];
        return [
          pass,
          String(values.length),
          ms(percentile(values, 50)),
          ms(percentile(values, 95)),
          ms(Math.max(...values)),
        ];
      }),
    ),
  );
}
