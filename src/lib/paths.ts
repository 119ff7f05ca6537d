/**
 * getStaticPaths bodies shared by the Vietnamese and English route files, so each
 * route file is two lines and both languages always list the same pages.
 */
import { getCatalogue, paginate } from './catalogue.ts';

export async function productPaths() {
  const catalogue = await getCatalogue();
  return [...catalogue.products.values()].map((view) => ({ params: { id: view.product.id }, props: { view } }));
}

export async function producerPaths() {
  const catalogue = await getCatalogue();
  return [...catalogue.producers.values()].map((producer) => ({ params: { id: producer.id }, props: { producer } }));
}

export { paginate };
