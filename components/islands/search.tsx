import { createRoot } from 'react-dom/client';

import { SearchView } from '@/components/search-view';

import { SEARCH_VIEW_ID } from './hooks';

const container = document.getElementById(SEARCH_VIEW_ID);
if (!container) throw new Error(`search: the page has no #${SEARCH_VIEW_ID} to render into`);
createRoot(container).render(<SearchView />);
