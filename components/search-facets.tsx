import type { FacetCount } from '@/lib/search/search';
import { t } from '@/lib/messages';

interface FacetProps {
  legend: string;
  name: 'tag' | 'category';
  counts: readonly FacetCount[];
  selected: string | undefined;
  onSelect: (value: string | undefined) => void;
}

const MAX_SHOWN = 12;

/** One facet as a radio group: the reader narrows results to one tag or category, or all. */
export function SearchFacet({ legend, name, counts, selected, onSelect }: FacetProps) {
  const shown = counts.slice(0, MAX_SHOWN);
  // A selected value stays visible even when it is not among the most frequent.
  const extra = selected && !shown.some((c) => c.value === selected) ? counts.filter((c) => c.value === selected) : [];
  const option = (value: string | undefined, label: string, count?: number) => (
    <label
      key={value ?? ''}
      className="flex cursor-pointer items-baseline gap-2 rounded-md px-2 py-1 text-sm hover:bg-zinc-100 has-[:checked]:bg-zinc-100 has-[:checked]:font-semibold dark:hover:bg-zinc-800 dark:has-[:checked]:bg-zinc-800"
    >
      <input
        type="radio"
        name={name}
        value={value ?? ''}
        checked={selected === value}
        onChange={() => onSelect(value)}
        className="accent-zinc-900 dark:accent-zinc-100"
      />
      <span className="min-w-0 flex-1">{label}</span>
      {count !== undefined && <span className="text-zinc-600 tabular-nums dark:text-zinc-400">{count}</span>}
    </label>
  );
  return (
    <fieldset className="flex flex-col gap-0.5">
      <legend className="mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-100">{legend}</legend>
      {option(undefined, t.facetClear)}
      {[...shown, ...extra].map((c) => option(c.value, c.label, c.count))}
    </fieldset>
  );
}
