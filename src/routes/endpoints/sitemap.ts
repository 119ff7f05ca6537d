/** `/sitemap-<n>.xml`: one part of the sitemap, every indexable page with its twin in the other language (src/routes/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../queries/catalogue.ts';
import { siteSitemapFiles } from '../sitemap.ts';

export async function getStaticPaths() {
  const files = await siteSitemapFiles(await getCatalogue());
  return files.map((_, i) => ({ params: { part: String(i + 1) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSitemapFiles(await getCatalogue());
  return new Response(files[Number(params.part) - 1]!.xml, { headers: { 'Content-Type': 'application/xml' } });
};
