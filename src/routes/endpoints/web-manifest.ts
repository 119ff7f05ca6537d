/** `/manifest.webmanifest` and `/en/manifest.webmanifest`: the installed app's names and icons in the route's language. */
import type { APIRoute } from 'astro';
import { webManifest } from '../../formats/web-manifest.ts';

export const GET: APIRoute = ({ locals }) =>
  new Response(`${JSON.stringify(webManifest(locals.route.lang), null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
