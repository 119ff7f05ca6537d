/** One result in the listbox: photo, name, kind, stars, province and producer. Activated from the search box. */
import type { SearchStrings } from '../../i18n/islands/search.ts';
import type { ResultItem } from './run-search.ts';

function span(className: string | null, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

/**
 * An option of the ARIA combobox pattern: focus stays in the search box, which
 * moves the active option (aria-activedescendant) and opens it with Enter; the
 * click is for pointers only, so `open` gets whether a new tab was asked for.
 */
export function resultOption(
  item: ResultItem,
  id: string,
  kindLabel: string | undefined,
  strings: SearchStrings,
  open: (url: string, newTab: boolean) => void,
): HTMLLIElement {
  const { title, viName, thumb, stars, province, producer } = item.meta;
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = 'search-result';
  li.addEventListener('click', (event) => open(item.url, event.ctrlKey || event.metaKey));
  li.addEventListener('auxclick', (event) => {
    if (event.button === 1) open(item.url, true);
  });

  if (thumb) {
    const img = document.createElement('img');
    img.src = thumb;
    img.alt = '';
    img.width = 72;
    img.height = 72;
    img.loading = 'lazy';
    img.decoding = 'async';
    li.append(img);
  } else {
    const none = span('search-result-noimage', '');
    none.setAttribute('aria-hidden', 'true');
    li.append(none);
  }

  const facts = span('search-result-facts', '');
  if (kindLabel) facts.append(span(null, kindLabel));
  if (stars) {
    const glyphs = span(null, '★'.repeat(Number(stars)));
    glyphs.setAttribute('aria-hidden', 'true');
    const starsBox = span('search-result-stars', '');
    starsBox.append(glyphs, span('vh', strings.stars(stars)));
    facts.append(starsBox);
  }
  if (province) facts.append(span(null, province));
  if (producer) facts.append(span(null, producer));

  const text = span('search-result-text', '');
  text.append(span('search-result-title', title ?? ''));
  // A product named in English shows the certified Vietnamese name under it.
  if (viName) {
    const vi = span('search-result-facts', viName);
    vi.lang = 'vi';
    text.append(vi);
  }
  text.append(facts);
  li.append(text);
  return li;
}
