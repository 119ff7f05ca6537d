/**
 * What the sitemaps list: every indexable page in Vietnamese (its English twin
 * goes beside it, src/formats/sitemap-xml.ts; a story told in one language only
 * is listed in that language alone). Withdrawn products are left out, like
 * from search.
 *
 * `lastmod` comes from the data, not from the build: the day the page's
 * certificates last changed state (a decision, a lapse, a revocation), or a
 * story's publication. Pages whose content no date of the data describes (the
 * about page, fairs, display points) carry no `lastmod`, which the protocol
 * allows, rather than a date that would claim a change every night.
 */
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { storyLanguages } from '../queries/in-language.ts';
import { stateChangedOn } from '../domain/certificate.ts';
import { addToList } from '../domain/lists-by-key.ts';
import type { Catalogue, ProductView } from '../queries/catalogue.ts';
import { aToZPaths, cataloguePaths, provincePaths, renewalPaths } from './paths.ts';
import { siteUrl } from '../queries/site-url.ts';
import { latest, sitemapFiles, sitemapIndexXml, type SitemapEntry, type SitemapFile } from '../formats/sitemap-xml.ts';

export async function sitemapEntries(catalogue: Catalogue): Promise<SitemapEntry[]> {
  const asOf = catalogue.buildDate;
  const changed = (view: ProductView) => stateChangedOn(view.product.certificate, view.product.certificate.decisionDate, asOf);
  // Every product, withdrawn ones too: a withdrawal changes the pages that listed the product.
  const all = [...catalogue.products.values()];
  const byProducer = new Map<string, ProductView[]>();
  const byProvince = new Map<string, ProductView[]>();
  for (const view of all) {
    addToList(byProducer, view.product.producerId, view);
    addToList(byProvince, view.product.address.provinceCode, view);
  }
  const storiesOf = new Map<string, string[]>();
  for (const story of catalogue.stories) for (const id of story.data.products) addToList(storiesOf, id, story.data.published);
  const storyDates = catalogue.stories.map((story) => story.data.published);
  const everything = latest([...all.map(changed), ...storyDates]);
  // A product's page lists its producer's other products and its stories.
  const producerChanged = (producerId: string) =>
    latest((byProducer.get(producerId) ?? []).flatMap((v) => [changed(v), ...(storiesOf.get(v.product.id) ?? [])]));

  const listings = (await cataloguePaths('vi')).map((p) => (p.params.slug ? `${routes.catalogue('vi')}${p.params.slug}/` : routes.catalogue('vi')));
  const provinces = (await provincePaths()).map((p) => ({
    path: `${routes.provinces('vi')}${p.params.slug}/`,
    lastmod: latest((byProvince.get(p.props.code) ?? []).map(changed)),
  }));
  const aToZ = (await aToZPaths()).map((p) => routes.aToZ('vi', p.props.page.page));
  const wholeCatalogue = (path: string): SitemapEntry => ({ path, lastmod: everything });
  return [
    wholeCatalogue(routes.home('vi')),
    ...listings.map(wholeCatalogue),
    ...aToZ.map(wholeCatalogue),
    wholeCatalogue(routes.provinces('vi')),
    ...provinces,
    ...catalogue.current.map((v) => ({ path: routes.product('vi', v.product.id), lastmod: producerChanged(v.product.producerId) })),
    ...[...catalogue.producers.keys()].map((id) => ({ path: routes.producer('vi', id), lastmod: producerChanged(id) })),
    { path: routes.stories('vi'), lastmod: latest(storyDates) },
    ...catalogue.stories.map((s) => {
      const told = storyLanguages(s);
      return { path: routes.story('vi', s.id), lastmod: s.data.published, languages: told.length < LANGS.length ? told : undefined };
    }),
    { path: routes.events('vi') },
    ...catalogue.events.map((e) => ({ path: routes.event('vi', e.id) })),
    { path: routes.points('vi') },
    ...catalogue.points.map((p) => ({ path: routes.point('vi', p.id) })),
    wholeCatalogue(routes.search('vi')),
    wholeCatalogue(routes.map('vi')),
    wholeCatalogue(routes.check('vi')),
    wholeCatalogue(routes.openData('vi')),
    { path: routes.about('vi') },
    // The renewal lists move with the calendar (a certificate enters "expiring" 180 days ahead): no data date describes them.
    ...renewalPaths().map((p) => ({ path: p.params.province ? `${routes.renewals('vi')}${p.params.province}/` : routes.renewals('vi') })),
  ];
}

let built: Promise<SitemapFile[]> | undefined;
/** The site's sitemap files, made once per build for the index and every part. */
export function siteSitemapFiles(catalogue: Catalogue): Promise<SitemapFile[]> {
  built ??= sitemapEntries(catalogue).then((entries) => sitemapFiles(entries, siteUrl));
  return built;
}

/** The index of the site's sitemap files. */
export function siteSitemapIndex(files: readonly SitemapFile[]): string {
  return sitemapIndexXml(files.map((file, i) => ({ loc: siteUrl(routes.sitemapPart(i + 1)), lastmod: file.lastmod })));
}
