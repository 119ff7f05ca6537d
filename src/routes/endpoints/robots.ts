/** `/robots.txt`: everything may be crawled; withdrawn products say noindex themselves. */
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { siteUrl } from '../../queries/site-url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(routes.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain' } });
