'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * `next/link` that prefetches a page when the reader reaches for its link (pointer over it,
 * finger down, keyboard focus), not when it scrolls into view. A listing shows dozens of links
 * and search results change with every keystroke: prefetching each on sight costs a phone a
 * request and main-thread work per link, most of them never followed. Use this, not `next/link`.
 */
export function Link({ href, onPointerEnter, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const prefetch = () => {
    if (typeof href === 'string' && href.startsWith('/')) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      // Touch screens fire pointerenter too, just before pointerdown: one handler serves mouse and finger.
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
