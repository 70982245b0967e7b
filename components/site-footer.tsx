import { site } from '@/lib/site';

/** Copyright line. */
export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 dark:border-zinc-800">
      <p className="mx-auto max-w-3xl px-4 py-8 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">
        © {site.author} · {site.title}
      </p>
    </footer>
  );
}
