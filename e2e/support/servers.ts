// Where the e2e servers listen: scripts/e2e-servers.ts starts them there, playwright.config.ts
// points the journeys at them. Each port can be moved with its variable (E2E_PORT=4210 ...).
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** The fixture posts' Node server (`npm start`). */
export const port = env('E2E_PORT', 3210);
/** The imported Hexo blog's Node server, and its static export behind nginx. */
export const hexoPort = env('E2E_HEXO_PORT', 3220);
export const hexoStaticPort = hexoPort + 30;
/** The fixture posts' static export behind nginx. */
export const staticPort = env('E2E_STATIC_PORT', 3230);
/** The fixture posts built for a sub-path (`http://localhost:3240/blog`): the export behind nginx,
 * and the same build's Node server on the port after it. */
export const subpathPort = env('E2E_SUBPATH_PORT', 3240);
export const subpathNodePort = subpathPort + 1;
export const basePath = '/blog';
