/**
 * The sitemap: every indexable page in Vietnamese, each with its English twin as
 * an hreflang alternate. Withdrawn products are left out, like from search. A
 * story told in one language only is listed in that language alone, with no
 * alternate: its twin shows the same text and names it as canonical (the
 * `textLanguages` of src/layouts/Base.astro), so both say the same.
 */
import { LANGS, type Lang } from '../i18n/index.ts';
import { routes, translatePath } from '../i18n/routes.ts';
import { escapeHtml } from '../domain/html-text.ts';
import type { Catalogue } from '../queries/catalogue.ts';
import { storyLanguages } from '../queries/in-language.ts';
import { aToZPaths, cataloguePaths, provincePaths } from './paths.ts';
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
  ];
}

/** The pages (by Vietnamese path) whose text is not in both languages, with the languages it is in: stories not translated. */
export function textLanguagesByPath(catalogue: Catalogue): Map<string, readonly Lang[]> {
  const languages = new Map<string, readonly Lang[]>();
  for (const story of catalogue.stories) {
    const told = storyLanguages(story);
    if (told.length < LANGS.length) languages.set(routes.story('vi', story.id), told);
  }
  return languages;
}

export function sitemapXml(paths: string[], lastmod: string, textLanguages: ReadonlyMap<string, readonly Lang[]> = new Map()): string {
  const urls = paths.map((path) => {
    const languages = textLanguages.get(path) ?? LANGS;
    const url = (lang: Lang) => escapeHtml(siteUrl(translatePath(path, lang)));
    const fallback = url(languages.includes('vi') ? 'vi' : languages[0]!);
    const alternates = [
      ...languages.map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(lang)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${fallback}"/>`,
    ].join('');
    return languages.map((lang) => `<url><loc>${url(lang)}</loc><lastmod>${lastmod}</lastmod>${alternates}</url>`).join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
