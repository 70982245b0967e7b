import { describe, expect, it } from 'vitest';

import { buildSteps } from './build-steps';

describe('buildSteps', () => {
  it('splits a script at && and replaces npm run X with the steps of X', () => {
    const scripts = {
      content: 'contentlayer2 build --clearCache && tsx scripts/check-content.ts',
      build: 'npm run content && tsx scripts/build-islands.ts &&  next build',
    };
    expect(buildSteps(scripts)).toEqual([
      'contentlayer2 build --clearCache',
      'tsx scripts/check-content.ts',
      'tsx scripts/build-islands.ts',
      'next build',
    ]);
  });

  it("reads this project's own build", async () => {
    const { scripts } = (await import('../package.json', { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    const steps = buildSteps(scripts);
    expect(steps).toContain('next build');
    expect(steps.some((step) => step.startsWith('npm run'))).toBe(false);
  });

  it('refuses a script it cannot cut into steps, and one that runs itself', () => {
    expect(() => buildSteps({ build: 'a || b' })).toThrow(/step "a \|\| b" is not one command/);
    expect(() => buildSteps({ build: 'a; b' })).toThrow(/not one command/);
    expect(() => buildSteps({ build: 'npm run x', x: 'npm run build' })).toThrow(/runs itself \(build → x → build\)/);
    expect(() => buildSteps({ build: 'npm run missing' })).toThrow(/no "missing" script/);
  });
});
