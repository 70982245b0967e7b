// What bench-search measures in Chromium: index bytes a reader downloads before their first
// results, and the time from a keystroke to the results for it being in the DOM.
import type { Browser, Page } from '@playwright/test';

const INDEX_PATH = '/search-index/';
const WAIT_MS = 120_000;

interface Probe {
  pending: { value: string; at: number }[];
  samples: { value: string; ms: number }[];
}

/**
 * Installed before the page's own scripts: notes the time of every `input` event on the search
 * box and, when `[data-results-for]` first equals that input's value, how long it took.
 * Superseded keystrokes (their answer never shown) are dropped.
 */
function installProbe(): void {
  const probe: Probe = { pending: [], samples: [] };
  (window as unknown as { __probe: Probe }).__probe = probe;
  window.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.id === 'search-input') {
        probe.pending.push({ value: target.value, at: performance.now() });
      }
    },
    true,
  );
  new MutationObserver(() => {
    const answered = document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
    const input = document.querySelector<HTMLInputElement>('#search-input');
    if (answered == null || input?.value !== answered) return;
    const index = probe.pending.findLastIndex((entry) => entry.value === answered);
    if (index === -1) return;
    const [entry] = probe.pending.splice(0, index + 1).slice(-1);
    probe.samples.push({ value: answered, ms: performance.now() - entry!.at });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'] });
}

async function openSearch(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  return { context, page };
}

/** Waits until the results on screen answer `query` and the search box holds it. */
async function answered(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (value) =>
      document.querySelector('[data-results-for]')?.getAttribute('data-results-for') === value &&
      document.querySelector<HTMLInputElement>('#search-input')?.value === value,
    query,
    { timeout: WAIT_MS },
  );
}

const isHangul = (char: string) => /[\u3131-\u318e\uac00-\ud7a3]/.test(char);

/** One key: a Hangul syllable or jamo arrives whole (as an IME commits it), Latin as a key press. */
async function press(page: Page, char: string): Promise<void> {
  if (isHangul(char)) await page.keyboard.insertText(char);
  else await page.keyboard.type(char);
}

export interface Download {
  /** Path under /search-index/. */
  file: string;
  /** Bytes on the wire as Chromium counts them (`encodedDataLength`: the body as sent, and headers). */
  transferred: number;
  /** Of which response headers. */
  headers: number;
  contentEncoding?: string;
  /** Sent before the query was typed (the empty query's newest-posts list). */
  atOpen: boolean;
}

/**
 * Index files downloaded from opening /search in a fresh context until the results for `query`
 * are shown, with the query typed key by key or pasted at once; and, pasted, the time from the
 * input to the results.
 */
export async function downloadsUntilResults(
  browser: Browser,
  baseUrl: string,
  query: string,
  mode: 'typed' | 'pasted',
): Promise<{ downloads: Download[]; ms?: number }> {
  const { context, page } = await openSearch(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requests = new Map<string, Partial<Download> & { file: string; atOpen: boolean }>();
    const finished = new Set<string>();
    let typing = false;
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      const at = request.url.indexOf(INDEX_PATH);
      if (at !== -1) requests.set(requestId, { file: request.url.slice(at + INDEX_PATH.length), atOpen: !typing });
    });
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const entry = requests.get(requestId);
      const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      if (!entry) return;
      entry.contentEncoding = headers['content-encoding'];
      entry.headers = response.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (!entry) return;
      entry.transferred = encodedDataLength;
      finished.add(requestId);
    });

    await page.goto(`${baseUrl}/search`);
    await answered(page, '');
    const input = page.locator('#search-input');
    await input.click();
    typing = true;
    if (mode === 'pasted') await input.fill(query);
    else for (const char of query) await press(page, char);
    await answered(page, query);
    // Everything asked for before the results appeared counts, once it has arrived.
    const asked = [...requests.keys()];
    const deadline = Date.now() + WAIT_MS;
    while (!asked.every((id) => finished.has(id)) && Date.now() < deadline) await page.waitForTimeout(50);
    const samples = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.samples);
    return {
      downloads: asked.map((id) => requests.get(id) as Download),
      ms: mode === 'pasted' ? samples.find((sample) => sample.value === query)?.ms : undefined,
    };
  } finally {
    await context.close();
  }
}

/**
 * Types every query key by key, waiting for each key's results before the next, twice in one
 * page: the first pass downloads index files as it goes (cold), the second finds them cached
 * (warm). Returns the latency of every keystroke, in ms, per pass.
 */
export async function keystrokeLatencies(
  browser: Browser,
  baseUrl: string,
  queries: readonly string[],
): Promise<{ cold: number[]; warm: number[] }> {
  const { context, page } = await openSearch(browser);
  try {
    await page.goto(`${baseUrl}/search`);
    await answered(page, '');
    const input = page.locator('#search-input');
    const result = { cold: [] as number[], warm: [] as number[] };
    for (const pass of ['cold', 'warm'] as const) {
      for (const query of queries) {
        await input.fill('');
        await answered(page, '');
        await page.evaluate(() => {
          const probe = (window as unknown as { __probe: Probe }).__probe;
          probe.pending = [];
          probe.samples = [];
        });
        let typed = '';
        for (const char of query) {
          typed += char;
          await press(page, char);
          await answered(page, typed);
          await page.waitForFunction(
            (count) => (window as unknown as { __probe: Probe }).__probe.samples.length >= count,
            [...typed].length,
            { timeout: WAIT_MS },
          );
        }
        const samples = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.samples);
        result[pass].push(...samples.map((sample) => sample.ms));
      }
    }
    return result;
  } finally {
    await context.close();
  }
}
