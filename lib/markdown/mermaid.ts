import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { MermaidRenderer, RenderOptions, RenderResult } from 'mermaid-isomorphic';

import { chromiumPath } from '../chromium';

/** The two renderings of every diagram: one for each of the site's themes. */
export const DIAGRAM_THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** Each diagram's SVG (with its title, when it has one) or why Mermaid could not draw it, in order. */
export type DiagramResults = PromiseSettledResult<Pick<RenderResult, 'svg' | 'title'>>[];

/** Renders diagrams in one theme; a diagram's root id is `${prefix}-${index}`. */
export type RenderDiagrams = (diagrams: string[], theme: DiagramTheme, prefix: string) => Promise<DiagramResults>;

const mermaidThemes = {
  light: { theme: 'default' },
  // The dark theme's edge labels (#ccc on #585858) fall short of WCAG AA; zinc-700 passes (6.5:1).
  dark: { theme: 'dark', themeVariables: { edgeLabelBackground: '#3f3f46' } },
} as const satisfies Record<DiagramTheme, RenderOptions['mermaidConfig']>;

// Labels are measured in the render page's font and drawn in the reader's: the site's own font
// (styles/globals.css) loaded in both keeps the boxes fitting their Korean text.
const fontFamily = "'Pretendard Variable', Pretendard, sans-serif";
// From the project's folder, as every build step reads its files (Next bundles this module, and
// its bundles have no `import.meta.resolve`).
const fontCss = () =>
  pathToFileURL(path.join(process.cwd(), 'node_modules/pretendard/dist/web/variable/pretendardvariable.css')).href;

const chromiumNeeded = (executablePath: string, cause: Error) =>
  new Error(
    `Diagrams (\`\`\`mermaid blocks) are drawn at build time in Chromium, which could not be started from ` +
      `${executablePath} (${cause.message.split('\n')[0]}). Install it (\`apt-get install chromium\`) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    { cause },
  );

// One renderer for the build process: Playwright and Mermaid load only when a post has a diagram,
// and renders that overlap (posts built side by side, the two themes) share one browser.
const renderers = new Map<string, Promise<MermaidRenderer>>();

/**
 * Draws Mermaid diagrams into SVG in Chromium (mermaid-isomorphic), in the site's font; Mermaid's
 * `strict` security level keeps scripts and event handlers out of the SVG. Throws, saying how to
 * install it, when there is no Chromium.
 */
export const renderMermaid: RenderDiagrams = async (diagrams, theme, prefix) => {
  const executablePath = chromiumPath();
  if (!renderers.has(executablePath))
    renderers.set(
      executablePath,
      import('mermaid-isomorphic').then(({ createMermaidRenderer }) =>
        createMermaidRenderer({ launchOptions: { executablePath } }),
      ),
    );
  const render = await renderers.get(executablePath)!;
  try {
    return await render(diagrams, {
      prefix,
      css: fontCss(),
      mermaidConfig: { ...mermaidThemes[theme], fontFamily, securityLevel: 'strict' },
    });
  } catch (error) {
    // What Mermaid cannot draw is a rejected result; a throw is the browser failing to start.
    if (error instanceof Error && /launch/i.test(error.message)) throw chromiumNeeded(executablePath, error);
    throw error;
  }
};
