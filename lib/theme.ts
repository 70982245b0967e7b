/** The `localStorage` key holding the reader's choice of theme (`light` or `dark`). */
export const THEME_KEY = 'theme';

/** The attribute that makes a button switch between the light and the dark theme. */
export const THEME_TOGGLE_ATTRIBUTE = 'data-theme-toggle';

/**
 * The `<head>` script that owns the theme. It runs before the first paint, so the page never
 * flashes the wrong colours, and it needs nothing else loaded:
 * - it shows the reader's stored choice, or else what the system prefers, as a class on `<html>`
 *   (what Tailwind's `dark:` variant reads) and as `color-scheme` (the browser's own controls);
 * - it follows the system, and a choice made in another tab, while the page is open;
 * - a click on any `[data-theme-toggle]` button switches theme and stores the choice.
 * Storage can be blocked (private modes, policies): then the choice lasts until the page is left.
 */
export const themeScript = `(() => {
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const stored = () => { try { return localStorage.getItem(${JSON.stringify(THEME_KEY)}); } catch { return null; } };
  const show = (theme) => {
    root.classList.remove(theme === 'dark' ? 'light' : 'dark');
    root.classList.add(theme);
    root.style.colorScheme = theme;
  };
  const apply = () => {
    const choice = stored();
    show(choice === 'light' || choice === 'dark' ? choice : system.matches ? 'dark' : 'light');
  };
  apply();
  system.addEventListener('change', apply);
  addEventListener('storage', (event) => { if (event.key === ${JSON.stringify(THEME_KEY)}) apply(); });
  document.addEventListener('click', (event) => {
    if (!event.target.closest?.('[${THEME_TOGGLE_ATTRIBUTE}]')) return;
    const next = root.classList.contains('dark') ? 'light' : 'dark';
    try { localStorage.setItem(${JSON.stringify(THEME_KEY)}, next); } catch {}
    show(next);
  });
})();`;
