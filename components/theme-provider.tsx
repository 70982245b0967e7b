'use client';

import { ThemeProvider as NextThemesProvider } from 'next-themes';
import type { ReactNode } from 'react';

/**
 * Follows the system theme until the reader picks one; the choice is applied before first paint.
 * No `disableTransitionOnChange`: nothing here transitions, and that option inserts and removes a
 * stylesheet when the provider mounts, two restyles of the whole page on every load.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem>
      {children}
    </NextThemesProvider>
  );
}
