// `npm run import:hexo -- <hexo-site> [--posts DIR] [--pages DIR] [--static DIR] [--config FILE]
// [--force] [--drafts]`: brings a Hexo blog over (lib/hexo-import/), prints one report, and exits
// non-zero when a file was left because it differs (or the site could not be read).
import { parseArgs } from 'node:util';

import { contentDirs } from '../lib/content/dirs';
import { importHexoSite } from '../lib/hexo-import/import';
import { formatReport, hasSkipped } from '../lib/hexo-import/report';

const USAGE = `usage: npm run import:hexo -- <hexo-site-folder> [options]

  --posts DIR     where posts go (default: $CONTENT_DIR or content/posts)
  --pages DIR     where pages go (default: $PAGES_DIR or content/pages)
  --static DIR    where other files of source/ go (default: $STATIC_DIR or content/static)
  --config FILE   the settings file to write or update (default: $SITE_CONFIG or site.config.yml)
  --force         replace files that differ from what the import would write
  --drafts        import source/_drafts too, as published: false`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        posts: { type: 'string' },
        pages: { type: 'string' },
        static: { type: 'string' },
        config: { type: 'string' },
        force: { type: 'boolean', default: false },
        drafts: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  try {
    const result = importHexoSite({
      siteDir: positionals[0]!,
      postsDir: values.posts || contentDirs.posts,
      pagesDir: values.pages || contentDirs.pages,
      staticDir: values.static || contentDirs.static,
      configFile: values.config || process.env.SITE_CONFIG || 'site.config.yml',
      force: values.force,
      drafts: values.drafts,
    });
    console.log(formatReport(result));
    return hasSkipped(result) ? 1 : 0;
  } catch (error) {
    console.error(`import:hexo: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
