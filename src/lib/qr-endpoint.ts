/** The QR code endpoints of both languages: one SVG per currently certified product. */
import type { APIRoute } from 'astro';
import type { Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { getCatalogue } from './catalogue.ts';
import { qrSvg } from './qr.ts';
import { siteUrl } from './site-url.ts';

export async function qrPaths() {
  const catalogue = await getCatalogue();
  return catalogue.current.map((view) => ({ params: { id: view.product.id } }));
}

export function qrRoute(lang: Lang): APIRoute {
  return async ({ params }) => new Response(await qrSvg(siteUrl(routes.product(lang, params.id!))), { headers: { 'Content-Type': 'image/svg+xml' } });
}
