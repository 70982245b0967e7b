import { describe, expect, it } from 'vitest';

import { disallowedScript, type ScriptElement } from './page-scripts';
import { themeScript } from './theme';

const script = (attributes: Record<string, string>, text = ''): ScriptElement => ({
  tagName: 'script',
  attributes,
  text,
  start: 0,
  end: 0,
});
const link = (attributes: Record<string, string>): ScriptElement => ({
  tagName: 'link',
  attributes,
  text: '',
  start: 0,
  end: 0,
});

describe('disallowedScript', () => {
  it("allows the site's own scripts: the theme script, islands and their preloads, data scripts", () => {
    expect(disallowedScript(script({}, themeScript))).toBeUndefined();
    expect(disallowedScript(script({ type: 'module', src: '/islands/site-AB12.js' }))).toBeUndefined();
    expect(disallowedScript(link({ rel: 'modulepreload', href: '/islands/chunk-CD34.js' }))).toBeUndefined();
    expect(disallowedScript(script({ type: 'application/ld+json' }, '{"@type":"BlogPosting"}'))).toBeUndefined();
    expect(disallowedScript(script({ type: 'speculationrules' }, '{"prefetch":[]}'))).toBeUndefined();
    expect(disallowedScript(link({ rel: 'stylesheet', href: '/_next/static/chunks/a.css' }))).toBeUndefined();
    expect(disallowedScript(link({ rel: 'preload', as: 'font', href: '/fonts/a.woff2' }))).toBeUndefined();
  });

  it('finds the islands under the base path, and only there', () => {
    expect(disallowedScript(script({ type: 'module', src: '/blog/islands/site-AB12.js' }), '/blog')).toBeUndefined();
    expect(disallowedScript(script({ type: 'module', src: '/islands/site-AB12.js' }), '/blog')).toMatch(
      /^a module script that is not one of the site's islands: <script type="module" src="\/islands\/site-AB12\.js">/,
    );
  });

  it('names any other script or script preload', () => {
    expect(disallowedScript(script({}, `${themeScript};fetch('/x')`))).toMatch(/^a script this site does not write/);
    expect(disallowedScript(script({ src: '/islands/site-AB12.js' }))).toMatch(/^a script this site does not write/);
    expect(disallowedScript(script({ type: 'module' }, 'import "/islands/a.js"'))).toMatch(/^a module script/);
    expect(disallowedScript(script({ type: 'module', src: '/islands/../_next/x.js' }))).toMatch(/^a module script/);
    expect(disallowedScript(script({ type: 'application/ld+json', src: '/x.json' }))).toMatch(/^a data script/);
    expect(disallowedScript(script({ type: 'text/x-template' }, '<p>'))).toMatch(/^a script this site does not write/);
    expect(disallowedScript(link({ rel: 'preload', as: 'script', href: '/_next/static/chunks/b.js' }))).toMatch(
      /^preloads a script that is not one of the site's islands: <link rel="preload" as="script"/,
    );
  });

  it('shortens a long inline script in the message', () => {
    const message = disallowedScript(script({}, `self.__next_r=${'x'.repeat(500)}`)) ?? '';
    expect(message).toMatch(/<script>self\.__next_r=x+…$/);
    expect(message.length).toBeLessThan(120);
  });
});
