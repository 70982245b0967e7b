import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What became of one file: new, identical to what was there, left because it differs, or replaced (`--force`). */
export type Outcome = 'copied' | 'unchanged' | 'skipped' | 'overwritten';

const read = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/**
 * Writes `content` to `target` unless the file already holds exactly that; a file that holds
 * something else is left alone (`skipped`) unless `force`. Counts the writes it makes in `counter`.
 */
export function writeIfChanged(target: string, content: Buffer, force: boolean, counter: { writes: number }): Outcome {
  const existing = read(target);
  if (existing?.equals(content)) return 'unchanged';
  if (existing && !force) return 'skipped';
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  counter.writes += 1;
  return existing ? 'overwritten' : 'copied';
}
