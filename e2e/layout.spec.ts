import { expect, test, type Locator, type Page } from '@playwright/test';

// Phones read in their system Korean font (Noto Sans CJK here, as on Android); from 1024 px the
// site loads Pretendard. Every width is checked in both themes, which must not change the layout.
const WIDTHS = [
  { width: 320, height: 700 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const PHONE = 390;

const SEARCH_QUERY = '글';
const PAGES = [
  { name: 'home', path: '/' },
  // Code, a wide table, a long formula, a long URL and a long Latin tag (e2e/fixtures/posts/좁은-화면.md).
  { name: 'a post with code, a table, math and a long URL', path: '/posts/좁은-화면' },
  { name: 'a Japanese post', path: '/posts/日本語の記事' },
  // The series box, a picture that opens large and a diagram in both themes' drawings.
  { name: 'a part of a series with a picture and a diagram', path: '/posts/series-02' },
  { name: 'tags', path: '/tags' },
  { name: 'categories', path: '/categories' },
  { name: 'a category with its breadcrumb', path: '/categories/개발/웹' },
  { name: 'archives', path: '/archives' },
  { name: 'search results', path: `/search?q=${SEARCH_QUERY}`, ready: `[data-results-for="${SEARCH_QUERY}"]` },
  { name: 'the 404 page', path: '/no-such-page' },
];

interface LayoutReport {
  /** How far the document is wider than the viewport, and the outermost elements that stick out. */
  overflow: { by: number; culprits: string[] };
  /** Header labels (links, the site title) whose text takes more than one line. */
  wrappedLabels: string[];
  /** Hangul words split across lines although they fit the width of the box they are set in. */
  splitWords: string[];
}

/**
 * Runs in the page. A word is a run of Hangul syllables, possibly across inline elements (a
 * highlighted `<mark>`); it is split when its text boxes (Range client rects) sit on more than one
 * line. It may be split only when it is wider than its box: the nearest block whose width its
 * neighbours cannot squeeze. Not the flex or grid item, table cell or inline block that holds it,
 * since that is exactly what a crowded row shrinks below its words (the header's `카테고/리`).
 */
function inspectLayout(): LayoutReport {
  const SKIP = 'script, style, noscript, template, pre, code, .katex, svg';
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const visuallyHidden = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.clipPath.startsWith('inset(50%') || (style.position === 'absolute' && e.clientWidth <= 1)) return true;
    }
    return false;
  };
  const textNodes = (root: Element) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && node.textContent?.trim() && !parent.closest(SKIP) && !visuallyHidden(parent)) {
        nodes.push(node as Text);
      }
    }
    return nodes;
  };
  const rectsOf = (node: Text, start = 0, end = node.length) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  };
  // Line boxes can overlap when the line height is below the font's height, so two boxes are on
  // one line when their vertical centres are closer than half a box, not when they overlap.
  const lineCount = (rects: DOMRect[]) => {
    const centres: { y: number; h: number }[] = [];
    for (const r of rects) {
      const y = r.top + r.height / 2;
      if (!centres.some((c) => Math.abs(c.y - y) < Math.min(c.h, r.height) / 2)) centres.push({ y, h: r.height });
    }
    return centres.length;
  };
  const contentWidth = (el: Element) => {
    const style = getComputedStyle(el);
    return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  // The element that lays out a text's line: its nearest ancestor that is not an inline box.
  const lineContainer = (node: Text) => {
    let el = node.parentElement!;
    while (['inline', 'contents'].includes(getComputedStyle(el).display) && el.parentElement) el = el.parentElement;
    return el;
  };
  const layoutBox = (container: Element) => {
    let box = container.closest('table')?.parentElement ?? container;
    const squeezable = (el: Element) =>
      getComputedStyle(el).display.startsWith('inline') ||
      /flex|grid/.test(getComputedStyle(el.parentElement!).display);
    while (box.parentElement && squeezable(box)) box = box.parentElement;
    return box;
  };

  const root = document.documentElement;
  const culprits = [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
    .filter((el) => {
      // Content that scrolls inside a box of its own (code, tables, formulas) does not count.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return false;
      }
      return true;
    })
    .filter((el, _, all) => !all.includes(el.parentElement!))
    .map(describe);

  const header = document.querySelector('body > header')!;
  const wrappedLabels = [...header.querySelectorAll('a, button')]
    .filter((el) => !visuallyHidden(el))
    .filter((el) => lineCount(textNodes(el).flatMap((node) => rectsOf(node))) > 1)
    .map(describe);

  // Runs of text nodes set in the same line container: one string each, so a word may cross nodes.
  const runs: { container: Element; nodes: { node: Text; from: number }[]; text: string }[] = [];
  for (const node of textNodes(document.body)) {
    const container = lineContainer(node);
    let run = runs.at(-1);
    if (run?.container !== container) runs.push((run = { container, nodes: [], text: '' }));
    run.nodes.push({ node, from: run.text.length });
    run.text += node.data;
  }
  const splitWords: string[] = [];
  for (const { container, nodes, text } of runs) {
    const box = layoutBox(container);
    for (const match of text.matchAll(/[\uAC00-\uD7A3]+/g)) {
      const start = match.index;
      const end = start + match[0].length;
      const rects = nodes
        .filter(({ node, from }) => from < end && from + node.length > start)
        .flatMap(({ node, from }) => rectsOf(node, Math.max(0, start - from), Math.min(node.length, end - from)));
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (lineCount(rects) > 1 && width <= contentWidth(box) + 0.5) {
        splitWords.push(
          `"${match[0]}" (${Math.round(width)} px) in ${describe(container)}, room for ${Math.round(contentWidth(box))} px`,
        );
      }
    }
  }

  return { overflow: { by: root.scrollWidth - root.clientWidth, culprits }, wrappedLabels, splitWords };
}

async function open(page: Page, path: string, ready?: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  if (ready) await expect(page.locator(ready)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** Follows the system theme as a reader's phone switches it: the page restyles without reloading. */
async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
}

/** Links and buttons a reader can see (the skip link is a 1 px box until it is focused). */
async function tapTargets(area: Locator) {
  const boxes = await area.locator('a, button').evaluateAll((els) =>
    els.map((el) => {
      const { width, height } = el.getBoundingClientRect();
      return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(), width, height };
    }),
  );
  return boxes.filter(({ width, height }) => width > 1 && height > 1);
}

// One browser page for every width (loaded anew at each, as a reader's phone or desktop loads it)
// and both themes.
for (const { name, path, ready } of PAGES) {
  test(`${name}: no overflow, no word broken, header labels on one line, at every width`, async ({ page }) => {
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      await open(page, path, ready);
      for (const colorScheme of ['light', 'dark'] as const) {
        await switchColorScheme(page, colorScheme);
        const report = await page.evaluate(inspectLayout);
        const at = `${viewport.width} px, ${colorScheme}`;
        expect(report.overflow, `${at}: the page is wider than the screen`).toEqual({ by: 0, culprits: [] });
        expect(report.wrappedLabels, `${at}: header labels on more than one line`).toEqual([]);
        expect(report.splitWords, `${at}: Hangul words broken mid-word`).toEqual([]);
      }
    }
  });
}

for (const viewport of WIDTHS.filter(({ width }) => width <= PHONE)) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('header and pagination links and buttons are at least 44×44 px', async ({ page }) => {
      const targets: Awaited<ReturnType<typeof tapTargets>> = [];
      // The title, five navigation links (the fixture posts have a series) and the theme toggle;
      // then the link to the next page, and on the last page the link back.
      await open(page, '/');
      const header = await tapTargets(page.getByRole('banner'));
      expect(header).toHaveLength(7);
      targets.push(...header);
      for (const path of ['/', '/page/2']) {
        await open(page, path);
        const pagination = await tapTargets(page.getByRole('navigation', { name: '페이지 이동' }));
        expect(pagination).toHaveLength(1);
        targets.push(...pagination);
      }
      for (const target of targets) {
        expect(target.width, `${target.name}: width`).toBeGreaterThanOrEqual(44);
        expect(target.height, `${target.name}: height`).toBeGreaterThanOrEqual(44);
      }
    });
  });
}
