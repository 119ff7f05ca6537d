/** `/sitemap.xml`: every indexable page, with its twin in the other language (src/routes/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../queries/catalogue.ts';
import { indexablePaths, sitemapXml, textLanguagesByPath } from '../sitemap.ts';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return new Response(sitemapXml(await indexablePaths(catalogue), catalogue.buildDate, textLanguagesByPath(catalogue)), {
    headers: { 'Content-Type': 'application/xml' },
  });
};
