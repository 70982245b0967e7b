import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';

import { t } from '@/lib/messages';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { postUrl, searchUrl } from '@/lib/urls';

import { FormattedDate } from './formatted-date';
import { Highlighted } from './highlighted';
import { useSearch } from './use-search';

const LIMIT = 8;

/**
 * The search palette, a modal dialog with a combobox: arrows move, Enter opens, Esc closes.
 * components/islands/palette.tsx mounts it when the reader first asks for it, and `onReady`
 * hands back the function that opens it.
 */
export function SearchPalette({ onReady }: { onReady: (show: () => void) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = useId();
  const { response, answered } = useSearch(query, {}, LIMIT, { enabled: open });
  const results = response?.results ?? [];

  const show = useCallback(() => {
    if (dialog.current?.open) return;
    dialog.current?.showModal();
    setOpen(true);
  }, []);

  useEffect(() => onReady(show), [onReady, show]);
  // The input appears after the dialog opened (and focused what it had): focus it now.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const go = (href: string) => {
    dialog.current?.close();
    location.assign(href);
  };

  const onInputKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // Enter and arrows belong to the IME while composing.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!results.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The options on screen may still answer an older query: open one only if they answer this one.
      const result = answered === query ? results[active] : undefined;
      go(result ? postUrl(result) : searchUrl({ q: query.slice(0, MAX_QUERY_LENGTH) }));
    }
  };

  const optionId = (i: number) => `${ids}-option-${i}`;

  return (
    <dialog
      ref={dialog}
      aria-label={t.search}
      // The close event is queued; keys are handled first, so `Esc` then Ctrl-K in quick
      // succession can reopen the dialog before it arrives: then it must not empty the dialog.
      onClose={() => setOpen(dialog.current?.open ?? false)}
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
      className="mx-auto mt-[10vh] w-[min(40rem,calc(100%-2rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-800 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
    >
      {open && (
        <div className="flex flex-col">
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label={t.searchLabel}
            aria-expanded={results.length > 0}
            aria-controls={`${ids}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={results.length ? optionId(active) : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKeyDown}
            placeholder={t.searchPlaceholder}
            autoComplete="off"
            spellCheck={false}
            className="w-full border-b border-zinc-200 bg-transparent px-4 py-4 text-lg outline-none dark:border-zinc-700"
          />
          <ul id={`${ids}-listbox`} role="listbox" aria-label={t.search} className="max-h-[60vh] overflow-y-auto p-2">
            {results.map((result, i) => (
              <li
                key={result.slug}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                onClick={() => go(postUrl(result))}
                onMouseMove={() => setActive(i)}
                className="flex cursor-pointer flex-col gap-0.5 rounded-lg px-3 py-2 aria-selected:bg-zinc-100 dark:aria-selected:bg-zinc-800"
              >
                <span className="font-semibold text-zinc-900 dark:text-zinc-50">
                  <Highlighted segments={result.title} />
                </span>
                <span className="line-clamp-1 text-sm text-zinc-600 dark:text-zinc-400">
                  <FormattedDate date={new Date(result.date)} /> · <Highlighted segments={result.snippet} />
                </span>
              </li>
            ))}
          </ul>
          {response && !results.length && <p className="px-5 py-4 text-sm">{t.searchNoResults}</p>}
          <p className="flex justify-between border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            <span>{t.paletteHint}</span>
            <a
              href={searchUrl({ q: query.slice(0, MAX_QUERY_LENGTH) })}
              onClick={(event) => (event.preventDefault(), go(searchUrl({ q: query.slice(0, MAX_QUERY_LENGTH) })))}
              className="underline"
            >
              {t.search} →
            </a>
          </p>
        </div>
      )}
    </dialog>
  );
}
