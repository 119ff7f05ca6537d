/** Filters with counts: one group of checkboxes per facet, values with no results hidden. */
import type { FacetLabels } from '../../search/facet-labels.ts';
import { FILTER_NAMES, type FilterName } from '../../search/filters.ts';
import type { SearchStrings } from '../../i18n/islands/search.ts';
import type { SearchState } from '../../search/url-state.ts';

interface Props {
  state: SearchState;
  counts: Record<string, Record<string, number>>;
  labels: FacetLabels;
  strings: SearchStrings;
  onToggle: (name: FilterName, value: string) => void;
}

// Long lists start folded so the results stay in view.
const FOLDED = new Set<FilterName>(['province', 'group', 'set', 'standard']);

export function FilterPanel({ state, counts, labels, strings, onToggle }: Props) {
  return (
    <div className="search-filters">
      {FILTER_NAMES.map((name) => {
        const selected = state.filters[name] ?? [];
        const values = Object.keys(labels[name]).filter((value) => (counts[name]?.[value] ?? 0) > 0 || selected.includes(value));
        if (values.length === 0) return null;
        const list = (
          <fieldset key={name}>
            <legend>{strings.facet[name]}</legend>
            {values.map((value) => {
              const id = `filter-${name}-${value.replace(/[^a-zA-Z0-9]+/g, '_')}`;
              return (
                <div className="search-filter-option" key={value}>
                  <input type="checkbox" id={id} checked={selected.includes(value)} onChange={() => onToggle(name, value)} />
                  <label htmlFor={id}>
                    {labels[name][value]} <span className="search-count">({counts[name]?.[value] ?? 0})</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
        return FOLDED.has(name) ? (
          <details key={name} open={selected.length > 0}>
            <summary>{strings.facet[name]}</summary>
            {list}
          </details>
        ) : (
          <div key={name}>{list}</div>
        );
      })}
    </div>
  );
}
