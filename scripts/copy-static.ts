// Runs before `next build`: copies the site's static files (STATIC_DIR, default content/static:
// what Hexo kept in `source/`) into public/, where Next serves them at the same paths. public/
// holds only build output (git ignores it); the files copied last time are listed in a manifest and
// removed first,
// so a deleted file does not live on. A file that would shadow a generated page stops the build.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentDirs } from '../lib/content/dirs';
import { shadowsGeneratedPath } from '../lib/content/static-files';

const source = contentDirs.static;
const target = 'public';
// Outside public/, which is served as it is.
const manifest = 'node_modules/.cache/hangul-blog/static-files.json';

if (existsSync(manifest)) {
  for (const file of JSON.parse(readFileSync(manifest, 'utf8')) as string[])
    rmSync(path.join(target, file), { force: true });
}

const files = existsSync(source)
  ? readdirSync(source, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.relative(source, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort()
  : [];
const shadowing = files.filter(shadowsGeneratedPath);
if (shadowing.length) {
  console.error(
    `Error: these static files would hide pages or files the site generates; rename or remove them:\n` +
      shadowing.map((file) => `  ${path.join(source, file)}`).join('\n'),
  );
  process.exit(1);
}
const copied: string[] = [];
for (const file of files) {
  // Named in NFC, as the URLs that ask for them are (macOS may have written NFD).
  const name = file.normalize('NFC');
  mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
  copyFileSync(path.join(source, file), path.join(target, name));
  copied.push(name);
}
mkdirSync(path.dirname(manifest), { recursive: true });
writeFileSync(manifest, `${JSON.stringify(copied)}\n`);
console.log(`Static files: ${copied.length} copied from ${source}/ to ${target}/`);
