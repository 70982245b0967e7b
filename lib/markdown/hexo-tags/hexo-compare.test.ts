// Renders one post with every tag through Hexo itself (hexo, hexo-tag-embed, NexT's note) and
// through expandHexoTags and the site's pipeline, then compares what each case means
// (hexo-compare-facts.ts). Intended differences are spelled out in hexo-compare-cases.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expandHexoTags } from './expand';
import { ASSET, CASES, TARGET } from './hexo-compare-cases';
import { factsByCase, type Facts } from './hexo-compare-facts';
import { renderMarkdown } from './test-pipeline';
import type { HexoTagContext } from './types';

const require = createRequire(import.meta.url);

// Each case in a div of its own, so that both renderings can be cut back into cases.
const fixture = CASES.map(({ name, markdown }) => `<div data-case="${name}">\n\n${markdown}\n\n</div>`).join('\n\n');
const post = `---\ntitle: Tags\ndate: 2024-01-02 03:04:05\n---\n${fixture}\n`;

const CONFIG = `url: http://example.com
post_asset_folder: true
syntax_highlighter: highlight.js
highlight:
  line_number: false
  auto_detect: false
`;

interface HexoModel<T> {
  findOne(query: object): T | undefined;
}
interface HexoLike {
  env: { init: boolean };
  init(): Promise<void>;
  load(): Promise<void>;
  exit(): Promise<void>;
  loadPlugin(file: string): Promise<void>;
  extend: { tag: { register(name: string, fn: unknown, ends: boolean): void } };
  model(name: 'Post'): HexoModel<{ _id: string; title: string; path: string; content: string }>;
  model(name: 'PostAsset'): HexoModel<{ path: string }>;
}

let dir = '';
let hexoFacts = new Map<string, Facts>();
let ourFacts = new Map<string, Facts>();
let ourHtml = '';
let problems: unknown[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hexo-compare-'));
  const posts = path.join(dir, 'source', '_posts');
  mkdirSync(path.join(posts, 'tags'), { recursive: true });
  writeFileSync(path.join(dir, '_config.yml'), CONFIG);
  writeFileSync(
    path.join(posts, `${TARGET.slug}.md`),
    `---\ntitle: '${TARGET.title}'\ndate: ${TARGET.date}\n---\nTarget.\n`,
  );
  writeFileSync(path.join(posts, 'tags.md'), post);
  writeFileSync(path.join(posts, 'tags', ASSET), 'not really a PNG');

  const Hexo = require('hexo') as new (base: string, args: object) => HexoLike;
  const hexo = new Hexo(dir, { silent: true });
  // Outside hexo-cli, Hexo reads _config.yml only when told it is in a site folder.
  hexo.env.init = true;
  await hexo.init();
  await hexo.loadPlugin(require.resolve('hexo-renderer-marked'));
  await hexo.loadPlugin(require.resolve('hexo-tag-embed'));
  const note = require('hexo-theme-next/scripts/tags/note.js') as (ctx: HexoLike) => unknown;
  hexo.extend.tag.register('note', note(hexo), true);
  await hexo.load();

  const rendered = hexo.model('Post').findOne({ slug: 'tags' })!;
  hexoFacts = factsByCase(rendered.content);
  // Hexo's own answers to "which post" and "which asset", so that URLs can be compared as they are.
  const context: HexoTagContext = {
    file: 'tags.md',
    findPost(target) {
      const found = hexo.model('Post').findOne({ slug: target });
      return found && { title: found.title, url: `/${found.path}` };
    },
    assetUrl(name) {
      const asset = hexo.model('PostAsset').findOne({ post: rendered._id, slug: name });
      return asset && `/${asset.path}`;
    },
    keepTags: [],
  };
  const expanded = expandHexoTags(post, context);
  problems = expanded.problems;
  ourHtml = await renderMarkdown(expanded.markdown, { highlight: true });
  ourFacts = factsByCase(ourHtml);
  await hexo.exit();
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('expandHexoTags compared with Hexo', () => {
  it('expands the whole fixture without problems, leaving no tag outside code', () => {
    expect(problems).toEqual([]);
    expect(ourHtml.replace(/<pre[\s\S]*?<\/pre>/g, '')).not.toMatch(/\{%|\{#/);
    expect([...ourFacts.keys()]).toEqual(CASES.map(({ name }) => name));
    expect([...hexoFacts.keys()]).toEqual(CASES.map(({ name }) => name));
  });

  it.each(CASES)('$name means the same', ({ name, expected = (facts) => facts }) => {
    const hexo = hexoFacts.get(name)!;
    expect(hexo.elements.length + hexo.text.length).toBeGreaterThan(0);
    expect(ourFacts.get(name)).toEqual(expected(hexo));
  });
});
