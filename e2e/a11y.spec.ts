import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core finds no violations on the main kinds of page, in the light and the dark theme.
// An axe run takes seconds, and far longer on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const pages: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  // Between them the two posts show every Markdown feature (task lists, tables, code, math, alerts).
  { name: 'a post', path: '/posts/gfm-showcase' },
  { name: 'another post', path: '/posts/rich-markdown' },
  { name: 'a tag', path: '/tags/react' },
  { name: 'the categories', path: '/categories' },
  { name: 'a part of a series', path: '/posts/series-02' },
  { name: 'a series', path: '/series/%ED%95%9C%EA%B8%80-%EA%B2%80%EC%83%89-%EB%A7%8C%EB%93%A4%EA%B8%B0' },
  {
    name: 'search with results',
    path: '/search?q=%EC%84%9C%EC%9A%B8',
    ready: (page) => expect(page.locator('[data-results-for="서울"]').getByRole('article')).not.toHaveCount(0),
  },
  { name: 'the 404 page', path: '/no/such/page' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path, ready } of pages) {
    test(`${name} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(new RegExp(colorScheme));
      await ready?.(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
}
