import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Pages are never hydrated (scripts/strip-next-runtime.ts): the router's links would be plain
    // links that pretend otherwise. Speculation Rules prefetch them (lib/speculation-rules.ts).
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Write a plain <a>: pages have no client-side router.' }] },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.contentlayer/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'public/islands/**',
    // Build output: the static export and the published releases (scripts/release.ts).
    'out/**',
    'releases/**',
  ]),
]);
