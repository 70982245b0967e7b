import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const TEST_DIRS = ['lib', 'scripts'];

// Loading each test file's modules afresh (Vitest's `isolate`) costs about half a second a file,
// three quarters of the run. Only a file that changes what its modules see when they load (a
// stubbed environment variable, a mocked module) needs it; the rest share one module graph per
// worker, with mocks and stubbed variables restored after every test.
const OWN_MODULES =
  /\bvi\.(?:mock|doMock|hoisted|stubEnv|stubGlobal|resetModules|useFakeTimers|setSystemTime)\(|process\.env\.\w+\s*=[^=]/;

const testFiles = TEST_DIRS.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${dir}/${file.replaceAll('\\', '/')}`),
);
const isolated = testFiles.filter((file) => OWN_MODULES.test(readFileSync(file, 'utf8')));
const shared = testFiles.filter((file) => !isolated.includes(file));

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    pool: 'threads',
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated, isolate: true } },
      { extends: true, test: { name: 'shared', include: shared, isolate: false } },
    ],
  },
});
