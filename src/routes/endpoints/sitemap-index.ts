/** `/sitemap-index.xml`: the sitemap's parts, each with the latest change it lists; robots.txt names it. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../queries/catalogue.ts';
import { siteSitemapFiles, siteSitemapIndex } from '../sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(siteSitemapIndex(await siteSitemapFiles(await getCatalogue())), { headers: { 'Content-Type': 'application/xml' } });
