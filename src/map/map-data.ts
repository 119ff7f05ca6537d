/**
 * The places on the map, from this build's catalogue: display points and
 * producers with a known position. Producers take the categories (set, group or
 * sector key) of their currently certified products, so the sector filter means
 * "sells that now", whether or not the product's set is known.
 */
import { getCatalogue } from '../queries/catalogue.ts';
import type { MapPointInput } from './map-points.ts';

export async function mapPlaces(): Promise<MapPointInput[]> {
  const catalogue = await getCatalogue();
  const places: MapPointInput[] = [];
  for (const { id, data } of catalogue.points) {
    if (!data.location) continue;
    const categories = new Set(data.productSets);
    for (const productId of data.products) {
      const view = catalogue.products.get(productId);
      if (view) categories.add(view.category.key);
    }
    places.push({ kind: 'point', id, name: data.name, provinceCode: data.address.provinceCode, location: data.location, categories: [...categories] });
  }
  for (const producer of catalogue.producers.values()) {
    if (!producer.location) continue;
    const categories = new Set((catalogue.currentByProducer.get(producer.id) ?? []).map((view) => view.category.key));
    places.push({
      kind: 'producer',
      id: producer.id,
      name: producer.name,
      provinceCode: producer.address.provinceCode,
      location: producer.location,
      categories: [...categories],
    });
  }
  return places;
}
