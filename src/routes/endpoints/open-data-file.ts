/** `/du-lieu-mo/<file>`: the open data of the whole country and of each province, as CSV and JSON. */
import type { APIRoute } from 'astro';
import { provinceSegment } from '../../i18n/routes.ts';
import { REGISTRY_META } from '../../queries/build-info.ts';
import { getCatalogue } from '../../queries/catalogue.ts';
import { productsCsv, productsJson } from '../../formats/open-data.ts';
import { PROVINCES } from '../../queries/provinces.ts';

export async function getStaticPaths() {
  return [
    ...['csv', 'json'].map((format) => ({ params: { file: `ocop.${format}` } })),
    ...PROVINCES.flatMap((p) => ['csv', 'json'].map((format) => ({ params: { file: `${provinceSegment(p.name)}.${format}` } }))),
  ];
}

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue();
  const [name, format] = params.file!.split('.') as [string, 'csv' | 'json'];
  const code = name === 'ocop' ? undefined : PROVINCES.find((p) => provinceSegment(p.name) === name)!.code;
  const views = code ? (catalogue.currentByProvince.get(code) ?? []) : catalogue.current;
  const sorted = [...views].sort((a, b) => (a.product.id < b.product.id ? -1 : 1));
  if (format === 'csv') return new Response(productsCsv(sorted), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const meta = { buildDate: catalogue.buildDate, dataAsOf: REGISTRY_META.asOf, source: REGISTRY_META.source.file };
  return new Response(productsJson(sorted, meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
