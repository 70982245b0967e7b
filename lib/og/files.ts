import path from 'node:path';

/**
 * The file under `publicDir` that Next.js serves at `url`: each path segment decoded, so
 * `/og/tags/%EC%86%8C%EC%8B%9D.png` is `public/og/tags/소식.png`.
 *
 * @throws when a segment cannot be a file name (`..`, or a `/` encoded as `%2F`): the file would
 * land outside its folder or not be found at the URL.
 */
export function publicFile(publicDir: string, url: string): string {
  const segments = url.split('/').slice(1).map(decodeURIComponent);
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) {
      throw new Error(`"${url}" cannot be served from a file: its segment "${segment}" is not a file name`);
    }
  }
  return path.join(publicDir, ...segments);
}
