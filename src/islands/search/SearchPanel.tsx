/**
 * The search page's island: a combobox-style search box whose results form a
 * listbox (arrow keys move, Enter opens), filters with counts, sorts, and the
 * whole state mirrored in the URL so a search can be shared and the back button
 * works. With a product set chosen, it offers the filtered list as CSV.
 */
import { useEffect, useId, useRef, useState } from 'react';
import './search.css';
import type { FacetLabels } from '../../search/facet-labels.ts';
import type { FilterName } from '../../search/filters.ts';
import { SEARCH_STRINGS } from '../../i18n/islands/search.ts';
import type { Lang } from '../../i18n/langs.ts';
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
import { openSearchIndex, prefetchSearch } from './search-index.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { ResultOption } from './ResultOption.tsx';
import { hasSomethingToSearch, useSearch } from './useSearch.ts';

interface Props {
  lang: Lang;
  labels: FacetLabels;
  /** The build's date (YYYY-MM-DD), for the downloaded file's name. */
  buildDate: string;
}

const PAGE_SIZE = 10;

// In the browser, as soon as this module runs: see prefetchSearch.
if (typeof window !== 'undefined') prefetchSearch(PAGE_SIZE);

export default function SearchPanel({ lang, labels, buildDate }: Props) {
  const t = SEARCH_STRINGS[lang];
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  const [visible, setVisible] = useState(PAGE_SIZE);
  const [active, setActive] = useState(-1);
  const [csvProgress, setCsvProgress] = useState<string | null>(null);
  // Filters start folded: their counts need the index's filter file, which is
  // only fetched once the visitor opens them (or arrives with a filter set).
  const [filtersOpen, setFiltersOpen] = useState(false);
  // False in the server's HTML and until the island runs: the page then says
  // the search is loading, instead of an empty box and nothing else (on a slow
  // phone that lasted seconds).
  const [started, setStarted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const outcome = useSearch(state, visible, filtersOpen);

  // The URL is the source of truth on load and on back/forward.
  useEffect(() => {
    const fromUrl = () => {
      const next = parseSearchState(new URLSearchParams(window.location.search));
      setState(next);
      if (activeFilterCount(next) > 0) setFiltersOpen(true);
      setVisible(PAGE_SIZE);
      setActive(-1);
    };
    fromUrl();
    setStarted(true);
    // Arriving with a query (Enter in the header box, a shared link), the
    // visitor is mid-search: the box takes the focus (the query, set just
    // now, leaves the caret after it) instead of leaving it 13 Tabs away.
    if (new URLSearchParams(window.location.search).get('q')?.trim()) input.current?.focus();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  /** Typing replaces the history entry; choosing a filter or sort adds one, so Back undoes it. */
  const update = (next: SearchState, mode: 'push' | 'replace') => {
    setState(next);
    setVisible(PAGE_SIZE);
    setActive(-1);
    const url = `${window.location.pathname}${serializeSearchState(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const open = (url: string, newTab: boolean) => {
    if (newTab) window.open(url, '_blank', 'noopener');
    else window.location.assign(url);
  };

  const items = outcome.items;
  const response = outcome.response;
  const total = response?.hits.length ?? 0;
  const searching = hasSomethingToSearch(state);
  const optionId = (i: number) => `${uid}-result-${i}`;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = items[active];
      if (chosen) open(chosen.url, event.ctrlKey || event.metaKey);
      else update(state, 'push');
    } else if (event.key === 'Escape') {
      if (active >= 0) setActive(-1);
      else if (state.query) update({ ...state, query: '' }, 'push');
    }
  };

  const counts = response?.counts ?? outcome.allCounts ?? {};
  const chosenFilters = Object.entries(state.filters).flatMap(([name, values]) =>
    (values ?? []).map((value) => ({ name: name as FilterName, value, label: labels[name as FilterName]?.[value] ?? value })),
  );
  const showCsv = (state.filters.set?.length ?? 0) > 0 && total > 0 && response !== null;

  const downloadCsv = async () => {
    if (!response) return;
    const { hits } = response;
    setCsvProgress(t.downloading(0, hits.length));
    try {
      const index = await openSearchIndex();
      const rows = await loadAllData(index, hits, (done) => setCsvProgress(t.downloading(done, hits.length)));
      const fileName = csvFileName(state.query, chosenFilters, buildDate);
      saveFile(productCsv(rows, t.csvHeaders, window.location.origin), fileName);
    } finally {
      setCsvProgress(null);
    }
  };

  return (
    <div className="search-panel">
      {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the phones this serves; the role says the same */}
      <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${uid}-q`}>{t.searchLabel}</label>
        <input
          ref={input}
          id={`${uid}-q`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={items.length > 0}
          aria-controls={`${uid}-results`}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${uid}-hint`}
          value={state.query}
          onChange={(event) => update({ ...state, query: event.target.value }, 'replace')}
          onKeyDown={onKeyDown}
        />
        <p id={`${uid}-hint`} className="search-hint">
          {t.hint}
        </p>
      </form>

      <div className="search-layout">
        <section className="search-filter-column" aria-labelledby={`${uid}-filters`}>
          <h2 id={`${uid}-filters`}>
            <button
              type="button"
              className="search-filter-toggle"
              aria-expanded={filtersOpen}
              aria-controls={`${uid}-filter-panel`}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {t.filters}
              {activeFilterCount(state) > 0 ? ` (${activeFilterCount(state)})` : ''}
            </button>
          </h2>
          <div id={`${uid}-filter-panel`} hidden={!filtersOpen}>
            {activeFilterCount(state) > 0 ? (
              <button type="button" className="search-clear" onClick={() => update({ ...state, filters: {} }, 'push')}>
                {t.clearAll}
              </button>
            ) : null}
            {filtersOpen ? (
              <FilterPanel
                state={state}
                counts={counts}
                labels={labels}
                strings={t}
                onToggle={(name, value) => update(toggleFilter(state, name, value), 'push')}
              />
            ) : null}
          </div>
        </section>

        <section className="search-result-column" aria-labelledby={`${uid}-count`}>
          <div className="search-toolbar">
            <p id={`${uid}-count`} role="status" className="search-status">
              {!started
                ? t.loading
                : outcome.status === 'error'
                  ? t.unavailable
                  : searching && response
                    ? t.results(total)
                    : outcome.status === 'loading' || (searching && outcome.status === 'idle')
                      ? t.searching
                      : ''}
            </p>
            <label>
              {t.sortLabel}{' '}
              <select value={state.sort} onChange={(event) => update({ ...state, sort: event.target.value as SortKey }, 'push')}>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t.sorts[sort]}
                  </option>
                ))}
              </select>
            </label>
            {showCsv ? (
              <button type="button" className="search-csv" onClick={downloadCsv} disabled={csvProgress !== null}>
                {csvProgress ?? t.download(total)}
              </button>
            ) : null}
          </div>

          {/* An empty listbox is invalid ARIA: it exists only while there are options. */}
          {items.length > 0 ? (
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern's listbox is a list
            <ul id={`${uid}-results`} role="listbox" aria-label={t.results(total)} className="search-results">
              {items.map((item, i) => (
                <ResultOption
                  key={item.page}
                  item={item}
                  id={optionId(i)}
                  active={i === active}
                  kindLabel={labels.kind[item.meta.kind ?? '']}
                  strings={t}
                  onOpen={open}
                />
              ))}
            </ul>
          ) : null}

          {searching && response && total === 0 ? (
            <div className="search-empty">
              <p>{t.noResults(state.query.trim())}</p>
              {response.suggestion ? (
                <p>
                  {t.suggestion}{' '}
                  <button
                    type="button"
                    className="search-suggestion"
                    onClick={() => {
                      update({ ...state, query: response.suggestion ?? '' }, 'push');
                      input.current?.focus();
                    }}
                  >
                    {t.searchFor(response.suggestion)}
                  </button>
                </p>
              ) : null}
              {chosenFilters.length > 0 ? (
                <>
                  <p>{t.tryRemoving}</p>
                  <ul>
                    {chosenFilters.map(({ name, value, label }) => (
                      <li key={`${name}-${value}`}>
                        <button type="button" onClick={() => update(toggleFilter(state, name, value), 'push')}>
                          {t.removeFilter(label)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}

          {total > items.length && items.length >= visible ? (
            <button type="button" className="search-more" onClick={() => setVisible((v) => v + PAGE_SIZE)}>
              {t.more}
            </button>
          ) : null}
        </section>
      </div>
    </div>
  );
}
