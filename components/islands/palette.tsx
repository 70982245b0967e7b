import { createRoot } from 'react-dom/client';

import { SearchPalette } from '@/components/search-palette';

let show: (() => void) | undefined;
let mounting = false;

// One function for the component's whole life: a new one each render would open it again.
function ready(showPalette: () => void) {
  show = showPalette;
  showPalette();
}

/** Opens the search palette, mounting it on first use (a second call while it mounts changes nothing). */
export function openPalette(): void {
  if (show) return show();
  if (mounting) return;
  mounting = true;
  const container = document.body.appendChild(document.createElement('div'));
  createRoot(container).render(<SearchPalette onReady={ready} />);
}
