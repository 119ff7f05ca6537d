/**
 * The certificate-check page in the browser: searches the generated index on
 * submit and shows each result as valid or not valid by icon, colour and words
 * (never colour alone), with why and since or until when. The query lives in the
 * address (`?code=…`): a submit adds a history entry, a shared or reloaded link
 * runs its check on load, and Back shows the previous check.
 *
 * Offline it refuses to answer, and says why: the page or the index may be a
 * copy saved on the device (the service worker never keeps the index, but the
 * page may hold one it loaded earlier), and a certificate withdrawn since must
 * never be shown as valid.
 */
import { checkVerdict, matchingEntries, type CertificateIndexEntry } from '../../domain/certificate-check.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/langs.ts';

/** The page's words, with `{n}`, `{q}` and `{date}` placeholders (the template writes them). */
export interface CheckWords {
  valid: string;
  withdrawn: string;
  rerating: string;
  none: string;
  stars: string;
  until: string;
  decision: string;
  producer: string;
  expiredSince: string;
  revokedOn: string;
  revokedUndated: string;
  reason: string;
  results: string;
  more: string;
  offline: string;
}

/** The query parameter that holds the check, as the form names its box. */
export const CHECK_PARAM = 'code';
const MAX_HITS = 30;

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function resultItem(entry: CertificateIndexEntry, words: CheckWords, lang: Lang, productUrl: string): HTMLLIElement {
  const verdict = checkVerdict(entry);
  const valid = verdict.verdict === 'valid';
  const icon = element('span', 'check-icon', valid ? '✓' : '✕');
  icon.setAttribute('aria-hidden', 'true');
  const status = element('p', 'check-status', icon, valid ? words.valid : words.withdrawn);
  const link = element('a', 'check-name', entry.n);
  link.href = productUrl.replace('ID', entry.i);
  const facts: string[] = [];
  if (verdict.verdict === 'valid') {
    if (verdict.stars) facts.push(fill(words.stars, { n: String(verdict.stars) }));
    if (verdict.validUntil) facts.push(`${words.until} ${formatDate(lang, verdict.validUntil)}`);
    if (verdict.underRerating) facts.push(words.rerating);
  } else if (verdict.reason === 'expired') {
    facts.push(fill(words.expiredSince, { date: verdict.since ? formatDate(lang, verdict.since) : '' }));
  } else {
    facts.push(verdict.since ? fill(words.revokedOn, { date: formatDate(lang, verdict.since) }) : words.revokedUndated);
    if (verdict.why) facts.push(`${words.reason}: ${verdict.why}`);
  }
  const detail = element('p', 'check-facts', facts.join(' · '));
  const more = element('p', 'check-facts', [`${words.decision}: ${entry.d}`, entry.p && `${words.producer}: ${entry.p}`].filter(Boolean).join(' · '));
  return element('li', `check-hit check-hit--${verdict.verdict}`, status, link, detail, more);
}

export function runCheckPage(form: HTMLFormElement, out: HTMLElement): void {
  const { index: indexUrl = '', product: productUrl = '', words: wordsJson = '{}' } = form.dataset;
  const lang: Lang = form.dataset.lang === 'en' ? 'en' : 'vi';
  const words = JSON.parse(wordsJson) as CheckWords;
  const box = form.elements.namedItem(CHECK_PARAM) as HTMLInputElement;
  let index: Promise<CertificateIndexEntry[]> | undefined;
  const load = () =>
    (index ??= fetch(indexUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((j: { products: CertificateIndexEntry[] }) => j.products));

  const refuse = () => out.replaceChildren(element('p', 'check-offline', words.offline));
  const show = async (query: string) => {
    if (!query.trim()) {
      out.replaceChildren();
      return;
    }
    if (!navigator.onLine) return refuse();
    let entries: CertificateIndexEntry[];
    try {
      entries = await load();
    } catch {
      // Most likely the network is gone; the next check tries again.
      index = undefined;
      return refuse();
    }
    const { hits, more } = matchingEntries(entries, query, MAX_HITS);
    if (hits.length === 0) {
      out.replaceChildren(element('p', 'check-none', words.none));
      return;
    }
    const count = element('p', 'check-count', fill(words.results, { n: formatNumber(lang, hits.length), q: query.trim() }));
    const list = element('ul', 'check-hits', ...hits.map((e) => resultItem(e, words, lang, productUrl)));
    out.replaceChildren(count, list, ...(more ? [element('p', 'check-more', fill(words.more, { n: String(MAX_HITS) }))] : []));
  };

  const fromAddress = () => {
    const query = new URLSearchParams(window.location.search).get(CHECK_PARAM) ?? '';
    box.value = query;
    void show(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = box.value.trim();
    const url = new URL(window.location.href);
    url.searchParams.set(CHECK_PARAM, query);
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    void show(query);
  });
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}
