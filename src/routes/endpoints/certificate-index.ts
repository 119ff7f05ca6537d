/** `/tra-cuu-chung-nhan/index.json`: what the certificate check looks a code up in (src/queries/certificate-index.ts). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../queries/catalogue.ts';
import { certificateIndex } from '../../queries/certificate-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(certificateIndex(await getCatalogue())), { headers: { 'Content-Type': 'application/json' } });
