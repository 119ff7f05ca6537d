/**
 * The header's search box, enhanced: as the visitor types, the best five
 * results drop down below it (a combobox with a listbox: arrows move, Enter
 * opens, Escape closes), and the last option leads to the full search page.
 * Without JavaScript, or when Enter is pressed with no option chosen, the form
 * simply submits to the search page, as it always did.
 */
import { rerank, rerankWindow } from '../../search/rerank.ts';
import { SEARCH_STRINGS } from '../../i18n/islands/search.ts';
import { forgetSearchIndex, openSearchIndex } from './search-index.ts';

const SHOWN = 5;
const TYPING_DELAY_MS = 150;
let counter = 0;

interface Option {
  url: string;
  title: string;
  detail: string;
}

export function enhanceSearchForm(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const t = SEARCH_STRINGS[lang];
  const id = `header-search-${++counter}`;
  const list = document.createElement('ul');
  list.id = id;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', t.searchLabel);
  list.className = 'header-search-results';
  list.hidden = true;
  form.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);

  let options: Option[] = [];
  let active = -1;
  let timer = 0;
  let latest = 0;

  const render = () => {
    list.replaceChildren(
      ...options.map((option, i) => {
        const li = document.createElement('li');
        li.id = `${id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        const title = document.createElement('span');
        title.className = 'header-search-title';
        title.textContent = option.title;
        li.append(title);
        if (option.detail) {
          const detail = document.createElement('span');
          detail.className = 'header-search-detail';
          detail.textContent = option.detail;
          li.append(detail);
        }
        li.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
        li.addEventListener('click', () => window.location.assign(option.url));
        return li;
      }),
    );
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    options = [];
    active = -1;
    render();
  };

  const search = async (query: string) => {
    const run = ++latest;
    try {
      const index = await openSearchIndex();
      const { hits } = await index.search(query);
      const window = rerankWindow(
        hits.map((hit) => hit.score),
        SHOWN * 2,
      );
      const loaded = await Promise.all(hits.slice(0, window).map(async (hit) => ({ ...(await index.result(hit.page)), score: hit.score })));
      if (run !== latest) return;
      const ranked = rerank(
        loaded.map((d) => ({ ...d, title: d.meta.title ?? '', kind: d.meta.kind, stars: d.meta.stars, set: d.meta.set })),
        query,
      ).slice(0, SHOWN);
      const searchPage = `${form.action.split('?')[0]}?q=${encodeURIComponent(query)}`;
      options = [
        ...ranked.map((d) => ({
          url: d.url,
          title: d.title,
          detail: [d.meta.stars ? '★'.repeat(Number(d.meta.stars)) : '', d.meta.province ?? ''].filter(Boolean).join(' · '),
        })),
        { url: searchPage, title: t.quickSearchAll(query), detail: '' },
      ];
      active = -1;
      render();
    } catch {
      forgetSearchIndex();
      close(); // the form still submits to the search page
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (!query) return close();
    timer = window.setTimeout(() => void search(query), TYPING_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      active = Math.min(active + 1, options.length - 1);
      render();
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      active = Math.max(active - 1, -1);
      render();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.assign(options[active]!.url);
    } else if (event.key === 'Escape' && options.length > 0) {
      event.preventDefault();
      close();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Whatever was typed while this module loaded still counts.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
