import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { readHexoConfig, settingsFromHexo, type TakenSettings } from './config';
import { fixPost } from './front-matter-fixes';
import { type Destination, explainPlaceholders, type LeftFile, planImport } from './plan';
import { buildPostLookup } from '../content/post-lookup';
import { type CheckedFile, frontMatterProblems, imageProblems, type Problem } from './problems';
import { readThemeConfig, servicesFromTheme } from './theme-services';
import { mergeSettings, type SettingsChange } from './settings-file';
import { hexoTagProblems } from './tag-problems';
import { type Outcome, writeIfChanged } from './write';

/** Where the import reads from and writes to. */
export interface ImportOptions {
  /** The Hexo site: the folder with `_config.yml` and `source/`. */
  siteDir: string;
  postsDir: string;
  pagesDir: string;
  staticDir: string;
  /** Our settings file (`site.config.yml`). */
  configFile: string;
  /** Replace files that differ from what the import would write. */
  force: boolean;
  /** Import `source/_drafts/` too, as `published: false`. */
  drafts: boolean;
}

/** One imported file: its path under `source/`, where it went, and what became of it. */
export interface ImportedFile {
  source: string;
  target: string;
  to: Destination;
  outcome: Outcome;
}

/** Everything one import did and found, for the report. */
export interface ImportResult {
  hexoConfig: string;
  settingsFile: string;
  /** Whether the settings file was created (rather than updated or left). */
  settingsCreated: boolean;
  taken: Partial<TakenSettings>;
  changes: SettingsChange[];
  notes: string[];
  files: ImportedFile[];
  fixes: { file: string; fix: string }[];
  ignored: LeftFile[];
  refused: LeftFile[];
  problems: Problem[];
  /** Files written (posts, pages, static files and the settings file). */
  writes: number;
}

// Messages name files as the person typed them: relative to where the command runs.
const shown = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || '.';
const destinations = (options: ImportOptions): Record<Destination, string> => ({
  posts: options.postsDir,
  pages: options.pagesDir,
  static: options.staticDir,
});

/**
 * Imports a Hexo site: copies posts, pages and static files, settles what Hexo guessed (dates,
 * settings) in the files it writes, never overwrites a differing file without `force`, and lists
 * every problem the build will stop on. Running it twice writes nothing the second time.
 */
export function importHexoSite(options: ImportOptions): ImportResult {
  const { file: hexoConfig, data } = readHexoConfig(options.siteDir);
  const sourceDir = path.join(options.siteDir, 'source');
  if (!statSync(sourceDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${options.siteDir}: no source/ folder beside _config.yml`);
  }
  const { settings: taken, notes } = settingsFromHexo(data);
  // NexT's comments and analytics (utterances, giscus, Umami, Plausible, GA4) come along.
  const theme = servicesFromTheme(readThemeConfig(options.siteDir, data));
  Object.assign(taken, theme.services);
  notes.push(...theme.notes);
  const plan = planImport(sourceDir, { drafts: options.drafts });
  const counter = { writes: 0 };

  const existingSettings = existsSync(options.configFile) ? readFileSync(options.configFile, 'utf8') : undefined;
  const pages = plan.files.filter((f) => f.to === 'pages').map((f) => f.target.replace(/\.md$/, ''));
  let merged;
  try {
    merged = mergeSettings(existingSettings, taken, pages);
  } catch (error) {
    throw new Error(`${options.configFile}: ${(error as Error).message}`);
  }
  if (merged.text !== existingSettings) {
    writeIfChanged(options.configFile, Buffer.from(merged.text), true, counter);
  }
  const keepTags = (parse(merged.text) as { keep_tags?: unknown }).keep_tags;
  const timeZone = taken.timezone ?? 'UTC';

  const result: ImportResult = {
    hexoConfig: shown(hexoConfig),
    settingsFile: shown(options.configFile),
    settingsCreated: existingSettings === undefined,
    taken,
    changes: merged.changes,
    notes,
    files: [],
    fixes: [],
    ignored: plan.ignored,
    refused: explainPlaceholders(sourceDir, plan.refused),
    problems: [],
    writes: 0,
  };
  const checked: CheckedFile[] = [];
  const posts: { path: string; text: string }[] = [];
  for (const planned of plan.files) {
    const from = path.join(sourceDir, planned.source);
    const target = path.join(destinations(options)[planned.to], planned.target);
    const display = shown(target);
    let content = readFileSync(from);
    let fixes: string[] = [];
    if (planned.markdown) {
      let text = content.toString('utf8');
      if (planned.to === 'posts') {
        try {
          const fixed = fixPost(text, {
            path: planned.target,
            newPostName: taken.new_post_name ?? ':title.md',
            timeZone,
            stats: statSync(from),
            draft: planned.draft,
          });
          text = fixed.text;
          content = Buffer.from(text);
          fixes = fixed.fixes;
        } catch {
          // Front matter Hexo cannot read: copied as it is, and reported by frontMatterProblems.
        }
        posts.push({ path: planned.target, text });
      }
      checked.push({ display, source: planned.source, text, kind: planned.to === 'posts' ? 'post' : 'page' });
    }
    const outcome = writeIfChanged(target, content, options.force, counter);
    // A fix is news when it was written; an unchanged file had it from the last run.
    if (outcome === 'copied' || outcome === 'overwritten')
      result.fixes.push(...fixes.map((fix) => ({ file: display, fix })));
    result.files.push({ source: planned.source, target: display, to: planned.to, outcome });
  }

  const imported = new Set(plan.files.map((f) => f.source.normalize('NFC')));
  const exists = (source: string) => imported.has(source.normalize('NFC'));
  // Only whether a post exists matters here, so no URL is built (lib/urls.ts reads the settings
  // file, which the import may be about to write).
  const findPost = buildPostLookup(posts, taken.new_post_name ?? ':title.md', () => '');
  const keep = Array.isArray(keepTags) ? keepTags.map(String) : [];
  for (const file of checked) {
    result.problems.push(
      ...frontMatterProblems(file, timeZone),
      ...imageProblems(file, exists, taken.root),
      ...hexoTagProblems(file, { findPost, exists, keepTags: keep }),
    );
  }
  result.problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  result.writes = counter.writes;
  return result;
}
