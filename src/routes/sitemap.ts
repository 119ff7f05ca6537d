/**
 * The sitemap: every indexable page in Vietnamese, each with its English twin as
 * an hreflang alternate. Withdrawn products are left out, like from search.
 */
import { routes, translatePath } from '../i18n/routes.ts';
import { escapeHtml } from '../domain/html-text.ts';
import type { Catalogue } from '../queries/catalogue.ts';
import { aToZPaths, cataloguePaths, provincePaths, renewalPaths } from './paths.ts';
import { siteUrl } from '../queries/site-url.ts';

export async function indexablePaths(catalogue: Catalogue): Promise<string[]> {
  // The first listing is the catalogue's own page (no slug).
  const listings = (await cataloguePaths('vi')).map((p) => (p.params.slug ? `${routes.catalogue('vi')}${p.params.slug}/` : routes.catalogue('vi')));
  const provinces = (await provincePaths()).map((p) => `${routes.provinces('vi')}${p.params.slug}/`);
  const aToZ = (await aToZPaths()).map((p) => routes.aToZ('vi', p.props.page.page));
  return [
    routes.home('vi'),
    ...listings,
    ...aToZ,
    routes.provinces('vi'),
    ...provinces,
    ...catalogue.current.map((v) => routes.product('vi', v.product.id)),
    ...[...catalogue.producers.keys()].map((id) => routes.producer('vi', id)),
    routes.stories('vi'),
    ...catalogue.stories.map((s) => routes.story('vi', s.id)),
    routes.events('vi'),
    ...catalogue.events.map((e) => routes.event('vi', e.id)),
    routes.points('vi'),
    ...catalogue.points.map((p) => routes.point('vi', p.id)),
    routes.search('vi'),
    routes.map('vi'),
    routes.check('vi'),
    routes.openData('vi'),
    routes.about('vi'),
    ...renewalPaths().map((p) => (p.params.province ? `${routes.renewals('vi')}${p.params.province}/` : routes.renewals('vi'))),
  ];
}

export function sitemapXml(paths: string[], lastmod: string): string {
  const urls = paths.map((path) => {
    const vi = escapeHtml(siteUrl(path));
    const en = escapeHtml(siteUrl(translatePath(path, 'en')));
    return `<url><loc>${vi}</loc><lastmod>${lastmod}</lastmod><xhtml:link rel="alternate" hreflang="vi" href="${vi}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/><xhtml:link rel="alternate" hreflang="x-default" href="${vi}"/></url>\n<url><loc>${en}</loc><lastmod>${lastmod}</lastmod><xhtml:link rel="alternate" hreflang="vi" href="${vi}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/><xhtml:link rel="alternate" hreflang="x-default" href="${vi}"/></url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
