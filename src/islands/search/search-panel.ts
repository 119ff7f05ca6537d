/**
 * The search page's panel, over the server's HTML (SearchPage.astro): a
 * combobox-style search box whose results form a listbox (arrow keys move,
 * Enter opens), filters with counts, sorts, and the whole state mirrored in the
 * URL so a search can be shared and the back button works. With a product set
 * chosen, it offers the filtered list as CSV.
 *
 * Plain TypeScript, no framework (docs/search-and-map.md, "React on the search
 * page"): the state is small, and each change redraws the few parts it touches.
 */
import { SEARCH_STRINGS } from '../../i18n/islands/search.ts';
import type { FilterName } from '../../search/filters.ts';
import {
  EMPTY_STATE,
  SORTS,
  activeFilterCount,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchState,
  type SortKey,
} from '../../search/url-state.ts';
import { csvFileName, loadAllData, productCsv, saveFile } from './csv-download.ts';
import { filterPanel } from './filter-panel.ts';
import { SEARCH_IDS, resultOptionId } from './panel-dom.ts';
import { resultOption } from './result-option.ts';
import { IDLE, createSearcher, hasSomethingToSearch, type SearchOutcome } from './run-search.ts';
import { openSearchIndex } from './search-index.ts';

const PAGE_SIZE = 10;

function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search panel: no ${selector}`);
  return found;
}

function button(className: string | null, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  if (className) b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function paragraph(...content: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...content);
  return p;
}

export function startSearchPanel(root: HTMLElement): void {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const t = SEARCH_STRINGS[lang];
  const buildDate = root.dataset.buildDate ?? '';
  const form = element<HTMLFormElement>(root, 'form');
  const input = element<HTMLInputElement>(root, `#${SEARCH_IDS.input}`);
  const toggle = element<HTMLButtonElement>(root, '.search-filter-toggle');
  const toggleCount = element<HTMLElement>(toggle, '[data-filter-count]');
  const filterBox = element<HTMLElement>(root, `#${SEARCH_IDS.filterPanel}`);
  const clearAll = element<HTMLButtonElement>(filterBox, '.search-clear');
  const status = element<HTMLElement>(root, `#${SEARCH_IDS.status}`);
  const sort = element<HTMLSelectElement>(root, 'select[name="sort"]');
  const csvButton = element<HTMLButtonElement>(root, '.search-csv');
  const output = element<HTMLElement>(root, '.search-output');

  let state: SearchState = EMPTY_STATE;
  let visible = PAGE_SIZE;
  let active = -1;
  let csvProgress: string | null = null;
  // Filters start folded: their counts need the index's filter file, which is
  // only fetched once the visitor opens them (or arrives with a filter set).
  let filtersOpen = false;
  let outcome: SearchOutcome = IDLE;
  /** What the result list shows now, so a redraw that changes only the active option keeps the list. */
  let drawnItems: SearchOutcome['items'] | null = null;

  const filters = filterPanel(filterBox, (name, value) => update(toggleFilter(state, name, value), 'push'));
  const { labels } = filters;
  const searchNow = createSearcher((change) => {
    outcome = change(outcome);
    render();
  });
  const search = () => searchNow({ state, visible, wantCounts: filtersOpen });

  /** Typing replaces the history entry; choosing a filter or sort adds one, so Back undoes it. */
  const update = (next: SearchState, mode: 'push' | 'replace') => {
    state = next;
    visible = PAGE_SIZE;
    active = -1;
    const url = `${window.location.pathname}${serializeSearchState(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    render();
    search();
  };

  /** The URL is the source of truth on load and on back/forward. */
  const fromUrl = () => {
    state = parseSearchState(new URLSearchParams(window.location.search));
    if (activeFilterCount(state) > 0) filtersOpen = true;
    visible = PAGE_SIZE;
    active = -1;
    input.value = state.query;
    render();
    search();
  };

  const open = (url: string, newTab: boolean) => {
    if (newTab) window.open(url, '_blank', 'noopener');
    else window.location.assign(url);
  };

  const chosenFilters = () =>
    Object.entries(state.filters).flatMap(([name, values]) =>
      (values ?? []).map((value) => ({ name: name as FilterName, value, label: labels[name as FilterName]?.[value] ?? value })),
    );

  const statusText = (): string => {
    const searching = hasSomethingToSearch(state);
    if (outcome.status === 'error') return t.unavailable;
    if (searching && outcome.response) return t.results(outcome.response.hits.length);
    if (outcome.status === 'loading' || (searching && outcome.status === 'idle')) return t.searching;
    return '';
  };

  const drawResults = () => {
    const { items, response } = outcome;
    const total = response?.hits.length ?? 0;
    const parts: Node[] = [];
    // An empty listbox is invalid ARIA: it exists only while there are options.
    if (items.length > 0) {
      const list = document.createElement('ul');
      list.id = SEARCH_IDS.results;
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', t.results(total));
      list.className = 'search-results';
      list.append(...items.map((item, i) => resultOption(item, resultOptionId(i), labels.kind[item.meta.kind ?? ''], t, open)));
      parts.push(list);
    }
    if (hasSomethingToSearch(state) && response && total === 0) {
      const empty = document.createElement('div');
      empty.className = 'search-empty';
      empty.append(paragraph(t.noResults(state.query.trim())));
      const suggestion = response.suggestion;
      if (suggestion) {
        empty.append(
          paragraph(
            `${t.suggestion} `,
            button('search-suggestion', t.searchFor(suggestion), () => {
              input.value = suggestion;
              update({ ...state, query: suggestion }, 'push');
              input.focus();
            }),
          ),
        );
      }
      const chosen = chosenFilters();
      if (chosen.length > 0) {
        const list = document.createElement('ul');
        list.append(
          ...chosen.map(({ name, value, label }) => {
            const li = document.createElement('li');
            li.append(button(null, t.removeFilter(label), () => update(toggleFilter(state, name, value), 'push')));
            return li;
          }),
        );
        empty.append(paragraph(t.tryRemoving), list);
      }
      parts.push(empty);
    }
    if (total > items.length && items.length >= visible) {
      parts.push(
        button('search-more', t.more, () => {
          visible += PAGE_SIZE;
          search();
        }),
      );
    }
    output.replaceChildren(...parts);
    drawnItems = items;
  };

  const render = () => {
    const { items, response } = outcome;
    const total = response?.hits.length ?? 0;
    const chosen = activeFilterCount(state);

    status.textContent = statusText();
    if (sort.value !== state.sort) sort.value = state.sort;

    toggle.setAttribute('aria-expanded', String(filtersOpen));
    toggleCount.textContent = chosen > 0 ? ` (${chosen})` : '';
    filterBox.hidden = !filtersOpen;
    clearAll.hidden = chosen === 0;
    if (filtersOpen) filters.show(state, response?.counts ?? outcome.allCounts ?? {});

    const showCsv = (state.filters.set?.length ?? 0) > 0 && total > 0 && response !== null;
    csvButton.hidden = !showCsv;
    csvButton.textContent = csvProgress ?? t.download(total);
    csvButton.disabled = csvProgress !== null;

    if (drawnItems !== items) drawResults();
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0 && items[active]) input.setAttribute('aria-activedescendant', resultOptionId(active));
    else input.removeAttribute('aria-activedescendant');
    output.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      option.classList.toggle('is-active', i === active);
    });
  };

  const downloadCsv = async () => {
    const response = outcome.response;
    if (!response) return;
    const { hits } = response;
    const fileName = csvFileName(state.query, chosenFilters(), buildDate);
    const progress = (done: number) => {
      csvProgress = t.downloading(done, hits.length);
      render();
    };
    progress(0);
    try {
      const index = await openSearchIndex();
      const rows = await loadAllData(index, hits, progress);
      saveFile(productCsv(rows, t.csvHeaders, window.location.origin), fileName);
    } finally {
      csvProgress = null;
      render();
    }
  };

  input.addEventListener('input', () => update({ ...state, query: input.value }, 'replace'));
  input.addEventListener('keydown', (event) => {
    const { items } = outcome;
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      active = Math.min(active + 1, items.length - 1);
      render();
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      active = Math.max(active - 1, -1);
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = items[active];
      if (chosen) open(chosen.url, event.ctrlKey || event.metaKey);
      else update(state, 'push');
    } else if (event.key === 'Escape') {
      if (active >= 0) {
        active = -1;
        render();
      } else if (state.query) {
        input.value = '';
        update({ ...state, query: '' }, 'push');
      }
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  toggle.addEventListener('click', () => {
    filtersOpen = !filtersOpen;
    render();
    search();
  });
  clearAll.addEventListener('click', () => update({ ...state, filters: {} }, 'push'));
  sort.addEventListener('change', () => {
    const value = sort.value as SortKey;
    if (SORTS.includes(value)) update({ ...state, sort: value }, 'push');
  });
  csvButton.addEventListener('click', () => void downloadCsv());
  window.addEventListener('popstate', fromUrl);

  // What was typed in the server's box before this script ran still counts.
  const typedEarly = input.value;
  fromUrl();
  if (typedEarly && typedEarly !== state.query) {
    input.value = typedEarly;
    update({ ...state, query: typedEarly }, 'replace');
  }
  root.removeAttribute('data-pending');
  // Arriving with a query (Enter in the header box, a shared link), the
  // visitor is mid-search: the box takes the focus (the query, set just now,
  // leaves the caret after it) instead of leaving it 13 Tabs away.
  if (state.query.trim()) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
}
