/**
 * `/map-points.json`: the map page's data, one compact row per place. A static
 * file written at build time and fetched only by the map page's script.
 */
import type { APIRoute } from 'astro';
import { encodeMapPoints } from '../../map/map-points.ts';
import { mapPlaces } from '../../map/map-data.ts';

export const GET: APIRoute = async () => {
  const file = encodeMapPoints(await mapPlaces());
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
