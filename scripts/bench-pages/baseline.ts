// The floor bench:pages compares the site with: the smallest Next.js App Router page (no client
// component, no CSS file, thirty Korean paragraphs), built with the project's own node_modules.
// Whatever the framework costs a phone (its JavaScript, hydration) shows up here too. Its build
// gets the project's own post-build step (compile hints), so the floor is the framework's cost
// as this project ships it.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { linkNodeModules } from '../bench-project';
import { markEagerChunks } from '../compile-hints';

const PARAGRAPH = '서울은 봄이 아름답습니다. 벚꽃이 피면 사람들이 모두 밖으로 나옵니다.';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'framework-floor', private: true, type: 'module' }),
  // The floor lives inside the bench's copy of the project: pin the roots to its own folder.
  'next.config.ts':
    "export default { output: 'standalone', outputFileTracingRoot: process.cwd(), turbopack: { root: process.cwd() } };\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'esnext'],
      strict: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
    },
    include: ['**/*.ts', '**/*.tsx'],
  }),
  'app/layout.tsx': `export const metadata = { title: '빈 페이지', description: '프레임워크만 있는 페이지' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '1rem', lineHeight: 1.7 }}>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export default function Page() {
  return (
    <main>
      <h1>프레임워크만 있는 페이지</h1>
      {Array.from({ length: 30 }, (_, i) => <p key={i}>${PARAGRAPH} {i + 1}</p>)}
    </main>
  );
}
`,
};

/**
 * Writes and builds the floor page in `dir` (node_modules linked from `project`); returns once
 * `.next/standalone` can be served.
 */
export async function buildBaseline(project: string, dir: string, logFile: string): Promise<void> {
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  await linkNodeModules(project, dir);
  const log = createWriteStream(logFile);
  const child = spawn(path.join(dir, 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`next build of the floor page failed (exit code ${code}); log: ${logFile}`);
  markEagerChunks(path.join(dir, '.next'));
  cpSync(path.join(dir, '.next/static'), path.join(dir, '.next/standalone/.next/static'), { recursive: true });
}
