/** The words of search in English, typed from the Vietnamese tables. */
import type { search as viSearch, searchPage as viSearchPage } from '../vi/search.ts';

export const search: typeof viSearch = {
  searchLabel: 'Search products, producers, provinces…',
  searchButton: 'Search',
  searching: 'Searching…',
  loading: 'Loading the search index…',
  unavailable: 'Search could not load. Try again, or browse the catalogue.',
  results: (n) => `${n} ${n === 1 ? 'result' : 'results'}`,
  noResults: (q) => (q ? `No results for “${q}”.` : 'No results.'),
  suggestion: 'Did you mean:',
  searchFor: (q) => `Search for “${q}”`,
  tryRemoving: 'Try removing a filter:',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all filters',
  filters: 'Filters',
  sortLabel: 'Sort by',
  sorts: { relevance: 'Best match', stars: 'Stars', name: 'Name (A–Z)' },
  facet: {
    kind: 'Content type',
    province: 'Province',
    stars: 'Stars',
    sector: 'Sector',
    group: 'Group',
    set: 'Product set',
    type: 'Producer type',
    standard: 'Quality standard',
  },
  stars: (n) => `${n} ${n === '1' ? 'star' : 'stars'}`,
  more: 'Show more results',
  download: (n) => `Download the filtered list (CSV, ${n} products)`,
  downloading: (done, total) => `Preparing CSV… ${done}/${total}`,
  csvHeaders: ['Product name', 'Product code', 'Producer', 'Province', 'Stars', 'Product set', 'URL'],
  hint: 'Type with or without Vietnamese accents. Use the arrow keys to pick a result, Enter to open it.',
  quickSearchAll: (q) => `See all results for “${q}”`,
};

export const searchPage: typeof viSearchPage = {
  searchTitle: 'Search OCOP products',
  searchDescription: 'Search OCOP products, producers, display points, fairs and product stories, with or without Vietnamese accents.',
  // Without JavaScript (see the Vietnamese table).
  searchNoScriptTitle: 'The search box needs JavaScript',
  searchNoScript: 'JavaScript is off in this browser, so this page cannot read what you typed. You can still find every valid product in these ways.',
  searchByName: 'By name, A to Z',
  searchByNameHint: 'Choose the first letter of the product’s name:',
  searchBrowse: 'By sector, product set, province or stars',
  browseCatalogue: 'Browse the catalogue',
  browseProvinces: 'Browse by province',
};
