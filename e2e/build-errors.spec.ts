import { spawnSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

// Each folder holds one broken post; the content build must stop and say where and what.
const cases = [
  { folder: 'invalid-yaml', expected: ['broken-yaml.md', 'YAMLParseError'] },
  { folder: 'bad-date', expected: ['broken-date.md', 'front matter "date"', '2024-02-30'] },
  { folder: 'bad-title', expected: ['broken-title.md', 'front matter "title"', 'must be text'] },
  { folder: 'missing-date', expected: ['undated.md', 'front matter "date"', 'is missing'] },
  { folder: 'duplicate-slug', expected: ['same-name', 'a/same-name.md', 'b/same-name.md'] },
  { folder: 'missing-image', expected: ['missing-image.md', 'image "nowhere.png"', 'not found'] },
  // The line of the fence in the file, then Mermaid's own message.
  { folder: 'bad-diagram', expected: ['broken-diagram.md:8: diagram:', 'Parse error on line'] },
];

test.describe.configure({ mode: 'serial' });

for (const { folder, expected } of cases) {
  test(`the build fails clearly on ${folder}`, async () => {
    const result = spawnSync('npm', ['run', '-s', 'content'], {
      env: { ...process.env, CONTENT_DIR: `e2e/fixtures/broken/${folder}` },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
}
