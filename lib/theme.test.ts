import { describe, expect, it } from 'vitest';

import { THEME_KEY, THEME_TOGGLE_ATTRIBUTE, themeScript } from './theme';

type Listener = (event: object) => void;

/** Runs the head script against a stand-in browser: a system preference and a storage. */
function page({
  systemDark = false,
  stored,
  storageBlocked = false,
}: {
  systemDark?: boolean;
  stored?: string;
  storageBlocked?: boolean;
}) {
  const classes = new Set<string>();
  const root = {
    classList: {
      add: (name: string) => classes.add(name),
      remove: (name: string) => classes.delete(name),
      contains: (name: string) => classes.has(name),
    },
    style: { colorScheme: '' },
  };
  const storage = new Map<string, string>(stored === undefined ? [] : [[THEME_KEY, stored]]);
  const blocked = () => {
    if (storageBlocked) throw new Error('SecurityError');
  };
  const localStorage = {
    getItem: (key: string) => (blocked(), storage.get(key) ?? null),
    setItem: (key: string, value: string) => (blocked(), storage.set(key, value)),
  };
  const system = { matches: systemDark, listeners: [] as Listener[] };
  const matchMedia = () => ({
    get matches() {
      return system.matches;
    },
    addEventListener: (_: string, listener: Listener) => system.listeners.push(listener),
  });
  const windowListeners: Listener[] = [];
  const clickListeners: Listener[] = [];
  const document = {
    documentElement: root,
    addEventListener: (_: string, listener: Listener) => clickListeners.push(listener),
  };
  const addEventListener = (_: string, listener: Listener) => windowListeners.push(listener);
  new Function('document', 'localStorage', 'matchMedia', 'addEventListener', themeScript)(
    document,
    localStorage,
    matchMedia,
    addEventListener,
  );

  const element = (isToggle: boolean) => ({
    closest: (selector: string) => (isToggle && selector === `[${THEME_TOGGLE_ATTRIBUTE}]` ? {} : null),
  });
  return {
    theme: () => [...classes].join(' '),
    colorScheme: () => root.style.colorScheme,
    stored: () => storage.get(THEME_KEY),
    click: (isToggle = true) => clickListeners.forEach((listener) => listener({ target: element(isToggle) })),
    systemChanges: (dark: boolean) => {
      system.matches = dark;
      system.listeners.forEach((listener) => listener({}));
    },
    otherTabStores: (value: string) => {
      storage.set(THEME_KEY, value);
      windowListeners.forEach((listener) => listener({ key: THEME_KEY }));
    },
  };
}

describe('themeScript', () => {
  it('shows what the system prefers until the reader chooses', () => {
    expect(page({ systemDark: true }).theme()).toBe('dark');
    const light = page({ systemDark: false });
    expect(light.theme()).toBe('light');
    expect(light.colorScheme()).toBe('light');
    light.systemChanges(true);
    expect(light.theme()).toBe('dark');
  });

  it("keeps the reader's stored choice over the system's", () => {
    const chosen = page({ systemDark: true, stored: 'light' });
    expect(chosen.theme()).toBe('light');
    chosen.systemChanges(false);
    chosen.systemChanges(true);
    expect(chosen.theme()).toBe('light');
  });

  it('ignores a stored value that is no theme', () => {
    expect(page({ systemDark: true, stored: 'system' }).theme()).toBe('dark');
    expect(page({ systemDark: false, stored: '<script>' }).theme()).toBe('light');
  });

  it('switches theme and stores the choice when a toggle is clicked, and only then', () => {
    const p = page({ systemDark: false });
    p.click(false);
    expect(p.theme()).toBe('light');
    expect(p.stored()).toBeUndefined();
    p.click();
    expect(p.theme()).toBe('dark');
    expect(p.colorScheme()).toBe('dark');
    expect(p.stored()).toBe('dark');
    p.click();
    expect(p.theme()).toBe('light');
    expect(p.stored()).toBe('light');
  });

  it('follows a choice made in another tab', () => {
    const p = page({ systemDark: false });
    p.otherTabStores('dark');
    expect(p.theme()).toBe('dark');
  });

  it('still switches when storage is blocked, without remembering', () => {
    const p = page({ systemDark: true, storageBlocked: true });
    expect(p.theme()).toBe('dark');
    p.click();
    expect(p.theme()).toBe('light');
  });
});
