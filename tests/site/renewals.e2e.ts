/**
 * Renewal and lapse, in public, on the built sample: the national page and every
 * province's, in both languages, each with its Atom feed, hold the products the
 * rules put in each list on the build date; the feeds are well-formed Atom dated
 * no later than the build; the pages are linked from the province pages and the
 * open-data page; product and producer pages give the re-rating dates. What is
 * expected is worked out from the sample's own registry with the domain rules.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renewalListsOn, type RenewalEntry } from '../../src/domain/renewal.ts';
import { PROVINCES } from '../../src/domain/admin-units.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { LANGS, type Lang } from '../../src/i18n/langs.ts';
import { routes } from '../../src/i18n/routes.ts';
import type { Product } from '../../src/schemas/product.ts';
import { launchBrowser } from '../support/browser.ts';
import { loadProducts } from '../support/examples.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const asOf = inject('asOf');
const products = loadProducts(inject('contentDir'));
const file = (urlPath: string) => path.join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
const entries = products.flatMap((product) => renewalListsOn(product.certificate, asOf).map((entry) => ({ product, entry })));
const inList = (list: RenewalEntry['list'], provinceCode?: string) =>
  entries.filter(({ product, entry }) => entry.list === list && (!provinceCode || product.address.provinceCode === provinceCode)).map(({ product }) => product);
const scopes = [undefined, ...PROVINCES.map((p) => p.code)];
const provinceNameOf = (code: string | undefined) => (code ? PROVINCES.find((p) => p.code === code)!.name : undefined);
/** The part of a page inside `<section aria-labelledby="id">`. */
const section = (html: string, id: string) => html.match(new RegExp(`<section[^>]* aria-labelledby="${id}"[^>]*>[\\s\\S]*?</section>`))?.[0] ?? '';
const productLinks = (html: string, lang: Lang) =>
  [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.startsWith(routes.product(lang, '')));
const sorted = (values: string[]) => [...values].sort();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('renewal and lapse pages and feeds', () => {
  it('the sample holds products in all three lists on the build date, so these checks check something', () => {
    expect(inList('expiring').length).toBeGreaterThan(0);
    expect(inList('newlyCertified').length).toBeGreaterThan(0);
    expect(inList('recentlyWithdrawn').length).toBeGreaterThan(0);
  });

  for (const lang of LANGS) {
    it(`${lang}: the national page and every province's exist, each announcing its feed, and list what the rules put in each list`, () => {
      for (const code of scopes) {
        const name = provinceNameOf(code);
        const html = read(file(routes.renewals(lang, name)));
        const feed = routes.renewalsFeed(lang, name);
        expect(html, feed).toContain(`<link rel="alternate" type="application/atom+xml" title="`);
        expect(html).toContain(`href="${feed}"`);
        expect(existsSync(file(feed)), feed).toBe(true);
        const ids = (list: Product[]) => sorted(list.map((p) => routes.product(lang, p.id)));
        expect(sorted(productLinks(section(html, 'expiring'), lang)), `${name} expiring`).toEqual(ids(inList('expiring', code)));
        expect(sorted(productLinks(section(html, 'new'), lang)), `${name} new`).toEqual(ids(inList('newlyCertified', code)));
        // Withdrawn products are named, not linked (only their own twin links their page).
        const withdrawn = section(html, 'withdrawn');
        expect(productLinks(withdrawn, lang)).toEqual([]);
        for (const product of inList('recentlyWithdrawn', code)) expect(withdrawn).toContain(`<strong>${product.name}</strong>`);
      }
    });

    it(`${lang}: every feed is well-formed Atom with its id, title, author and links, and no date after the build`, async () => {
      for (const code of scopes) {
        const name = provinceNameOf(code);
        const feedPath = routes.renewalsFeed(lang, name);
        const facts = await page.evaluate(
          (xml) => {
            const doc = new DOMParser().parseFromString(xml, 'application/xml');
            if (doc.getElementsByTagName('parsererror').length > 0) return { error: doc.documentElement.textContent ?? 'parse error' };
            const root = doc.documentElement;
            const child = (el: Element, tag: string) => [...el.children].filter((c) => c.localName === tag);
            return {
              error: null,
              root: root.localName,
              ns: root.namespaceURI,
              id: child(root, 'id')[0]?.textContent,
              title: child(root, 'title')[0]?.textContent,
              author: child(root, 'author')[0]?.textContent?.trim(),
              links: child(root, 'link').map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`),
              updated: child(root, 'updated')[0]?.textContent,
              entries: child(root, 'entry').map((e) => ({
                id: child(e, 'id')[0]?.textContent,
                updated: child(e, 'updated')[0]?.textContent,
                link: child(e, 'link')[0]?.getAttribute('href'),
              })),
            };
          },
          read(file(feedPath)),
        );
        if (facts.error !== null) throw new Error(`${feedPath} is not well-formed XML: ${facts.error}`);
        expect([facts.root, facts.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
        const self = new URL(facts.id!);
        expect(self.pathname).toBe(feedPath);
        expect(facts.title).toBeTruthy();
        expect(facts.author).toBeTruthy();
        expect(facts.links).toEqual([`self ${facts.id}`, `alternate ${new URL(routes.renewals(lang, name), self).href}`]);
        const expected = entries.filter(({ product }) => !code || product.address.provinceCode === code);
        expect(facts.entries, feedPath).toHaveLength(expected.length);
        expect(new Set(facts.entries.map((e) => e.id)).size).toBe(facts.entries.length);
        const days = facts.entries.map((e) => e.updated!.slice(0, 10));
        for (const day of [facts.updated!.slice(0, 10), ...days]) expect(day <= asOf, `${feedPath} ${day}`).toBe(true);
        if (days.length > 0) expect(facts.updated!.slice(0, 10)).toBe(sorted(days).at(-1));
        for (const entry of facts.entries) expect(new URL(entry.link!).pathname.startsWith(routes.product(lang, ''))).toBe(true);
      }
    });

    it(`${lang}: the pages are linked from each province page, the national page and the open-data page`, () => {
      const national = read(file(routes.renewals(lang)));
      for (const province of PROVINCES) {
        expect(read(file(routes.province(lang, province.name))), province.name).toContain(`href="${routes.renewals(lang, province.name)}"`);
        expect(national).toContain(`href="${routes.renewals(lang, province.name)}"`);
      }
      const openData = read(file(routes.openData(lang)));
      expect(openData).toContain(`href="${routes.renewals(lang)}"`);
      expect(openData).toContain(`href="${routes.renewalsFeed(lang)}"`);
    });

    it(`${lang}: a product in its last 180 days gives the re-rating window, and its producer's page lists the same dates`, () => {
      const expiring = entries.filter((e): e is { product: Product; entry: Extract<RenewalEntry, { list: 'expiring' }> } => e.entry.list === 'expiring');
      const withDates = expiring.filter(({ entry }) => entry.stage !== 'filed');
      expect(withDates.length).toBeGreaterThan(0);
      for (const { product, entry } of withDates) {
        const dates = [formatDate(lang, entry.opens), formatDate(lang, entry.closes)];
        const productPage = read(file(routes.product(lang, product.id)));
        const note = productPage.match(/<p class="rerating"[^>]*>[^<]*<\/p>/)?.[0] ?? '';
        for (const date of dates) expect(note, product.id).toContain(date);
        const producerPage = section(read(file(routes.producer(lang, product.producerId))), 'rerating');
        expect(producerPage, product.producerId).toContain(`href="${routes.product(lang, product.id)}"`);
        for (const date of dates) expect(producerPage).toContain(date);
      }
      // A product outside its last 180 days says nothing of re-rating.
      const later = products.find(
        (p) => renewalListsOn(p.certificate, asOf).length === 0 && p.certificate.status === 'active' && p.certificate.expiresOn > asOf,
      )!;
      expect(read(file(routes.product(lang, later.id)))).not.toContain('class="rerating"');
    });
  }
});
