/**
 * The places on the map, from this build's catalogue: display points, producers
 * and tourism places with a known position. Producers take the categories (set,
 * group or sector key) of their currently certified products, so the sector
 * filter means "sells that now", whether or not the product's set is known.
 * A tourism place is a currently certified sector VI product at the position the
 * export gives for it; the registry has no other source of positions (no commune
 * centres), so one without coordinates is on its page and not on the map.
 */
import { isApproximatePosition } from '../domain/position-precision.ts';
import { isTourismCategory } from '../domain/tourism.ts';
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
      approximate: isApproximatePosition(producer.location, producer.type),
    });
  }
  for (const { product, category, producer } of catalogue.current) {
    if (!product.location || !isTourismCategory(category.key)) continue;
    places.push({
      kind: 'tourism',
      id: product.id,
      name: product.name,
      provinceCode: product.address.provinceCode,
      location: product.location,
      categories: [product.category],
      approximate: isApproximatePosition(product.location, producer?.type),
    });
  }
  return places;
}
