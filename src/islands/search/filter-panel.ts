/**
 * The filters with counts, over the server's HTML: every value of every
 * filter is already on the page (SearchPage.astro), hidden; this shows the
 * values with results (or chosen), writes their counts and ticks the chosen
 * ones. A group with nothing to show stays hidden.
 */
import type { FacetLabels } from '../../search/facet-labels.ts';
import { FILTER_NAMES, type FilterName } from '../../search/filters.ts';
import type { FilterCounts } from '../../search/index/engine.ts';
import type { SearchState } from '../../search/url-state.ts';

interface Option {
  name: FilterName;
  value: string;
  input: HTMLInputElement;
  row: HTMLElement;
  count: HTMLElement | null;
}

export interface FilterPanel {
  /** Every value's label, as the page wrote it. */
  labels: FacetLabels;
  show(state: SearchState, counts: FilterCounts): void;
}

const isFilterName = (name: string): name is FilterName => (FILTER_NAMES as readonly string[]).includes(name);

export function filterPanel(root: HTMLElement, onToggle: (name: FilterName, value: string) => void): FilterPanel {
  const labels = Object.fromEntries(FILTER_NAMES.map((name) => [name, {}])) as FacetLabels;
  const options: Option[] = [];
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const { name, value } = input;
    const row = input.closest<HTMLElement>('.search-filter-option');
    if (!isFilterName(name) || !row) continue;
    labels[name][value] = input.dataset.label ?? value;
    options.push({ name, value, input, row, count: row.querySelector('.search-count') });
  }
  root.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && isFilterName(input.name)) onToggle(input.name, input.value);
  });

  const show = (state: SearchState, counts: FilterCounts) => {
    const shown = new Set<FilterName>();
    for (const { name, value, input, row, count } of options) {
      const selected = state.filters[name]?.includes(value) ?? false;
      const n = counts[name]?.[value] ?? 0;
      row.hidden = !(n > 0 || selected);
      input.checked = selected;
      if (count) count.textContent = `(${n})`;
      if (!row.hidden) shown.add(name);
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      const name = group.dataset.filterGroup as FilterName;
      group.hidden = !shown.has(name);
      const fieldset = group.querySelector('fieldset');
      if (fieldset) fieldset.hidden = group.hidden;
      // A folded list with a chosen value opens, so the choice is in view.
      if (group instanceof HTMLDetailsElement && (state.filters[name]?.length ?? 0) > 0) group.open = true;
    }
  };
  return { labels, show };
}
