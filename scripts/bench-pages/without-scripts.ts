// What a page would score if it did not hydrate: bench:pages audits the site's own HTML with every
// script taken out (Next.js's chunks, the inline RSC payload and theme script, the script
// preloads), its CSS, images and fonts unchanged. The difference to the page as served is what
// React and the Next.js runtime cost a phone; nothing else differs.
import { createServer, request, type Server } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';

const SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/g;

/** `html` without the scripts a browser would run (JSON-LD stays: it is data, not code). */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}

/**
 * A server on `port` that answers like `origin`, except that HTML comes without its scripts.
 * Resolves once it listens; close it with `server.close()`.
 */
export function serveWithoutScripts(origin: string, port: number): Promise<Server> {
  const upstream = new URL(origin);
  const server = createServer((incoming, outgoing) => {
    const proxied = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        if (!type.startsWith('text/html')) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          // Compressed as the server compressed it, so the transfer sizes compare.
          const gzip = answer.headers['content-encoding'] === 'gzip';
          const body = Buffer.concat(chunks);
          const html = withoutScripts((gzip ? gunzipSync(body) : body).toString('utf8'));
          const headers = { ...answer.headers };
          delete headers['content-length'];
          delete headers['transfer-encoding'];
          outgoing.writeHead(answer.statusCode ?? 502, headers);
          outgoing.end(gzip ? gzipSync(html) : html);
        });
      },
    );
    proxied.on('error', (error) => outgoing.destroy(error));
    incoming.pipe(proxied);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
