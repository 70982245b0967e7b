import { preloadModule } from 'react-dom';

import { islandScript } from '@/lib/islands';
import type { IslandName } from '@/lib/islands-manifest';

/**
 * Loads an island (components/islands) once the page is parsed, with the chunks it imports
 * preloaded from `<head>` rather than discovered one round trip after the script. `data` are
 * attributes the island reads from its own `<script>` (`data-analytics`).
 */
export function IslandScript({ name, data }: { name: IslandName; data?: Record<string, string> }) {
  const { src, imports } = islandScript(name);
  for (const href of imports) preloadModule(href);
  // A module script never blocks parsing (it waits for it), which is what the rule is about.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={src} {...data} />;
}
