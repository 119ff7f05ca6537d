/** One result in the listbox: photo, name, stars and province. Activated from the search box. */
import type { SearchStrings } from '../../i18n/islands/search.ts';
import type { ResultData } from '../../search/index/format.ts';

interface Props {
  item: ResultData;
  id: string;
  active: boolean;
  kindLabel: string | undefined;
  strings: SearchStrings;
  onOpen: (url: string, newTab: boolean) => void;
}

export function ResultOption({ item, id, active, kindLabel, strings, onOpen }: Props) {
  const { title, viName, thumb, stars, province, producer } = item.meta;
  // An option of the ARIA combobox pattern: focus stays in the search box, which
  // moves the active option (aria-activedescendant) and opens it with Enter; the
  // click is for pointers only.
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the search box handles the keys (see above)
    // biome-ignore lint/a11y/useFocusableInteractive: the pattern keeps focus in the search box
    <li
      id={id}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox's options are list items with role="option"
      role="option"
      aria-selected={active}
      className={active ? 'search-result is-active' : 'search-result'}
      onClick={(event) => onOpen(item.url, event.ctrlKey || event.metaKey)}
      onAuxClick={(event) => event.button === 1 && onOpen(item.url, true)}
    >
      {thumb ? (
        <img src={thumb} alt="" width={72} height={72} loading="lazy" decoding="async" />
      ) : (
        <span className="search-result-noimage" aria-hidden="true" />
      )}
      <span className="search-result-text">
        <span className="search-result-title">{title}</span>
        {viName ? (
          <span className="search-result-facts" lang="vi">
            {viName}
          </span>
        ) : null}
        <span className="search-result-facts">
          {kindLabel ? <span>{kindLabel}</span> : null}
          {stars ? (
            <span className="search-result-stars">
              <span aria-hidden="true">{'★'.repeat(Number(stars))}</span>
              <span className="vh">{strings.stars(stars)}</span>
            </span>
          ) : null}
          {province ? <span>{province}</span> : null}
          {producer ? <span>{producer}</span> : null}
        </span>
      </span>
    </li>
  );
}
