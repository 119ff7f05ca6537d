/** `/og/<name>.png`: the share images, one for the site and one per story (its title; its first product's name, stars valid today and province). */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { getCatalogue } from '../../queries/catalogue.ts';
import { provinceName } from '../../queries/provinces.ts';
import { shareCardPng, storyShareCard } from '../../images/share-image.ts';

const png = (body: Buffer) => new Response(new Uint8Array(body), { headers: { 'Content-Type': 'image/png' } });

export async function getStaticPaths() {
  const catalogue = await getCatalogue();
  return [{ params: { name: 'site' } }, ...catalogue.stories.map((s) => ({ params: { name: `story-${s.id}` } }))];
}

export const GET: APIRoute = async ({ params }) => {
  const d = t('vi');
  if (params.name === 'site') return png(await shareCardPng({ title: d.homeTitle, subtitle: t('en').siteName, siteName: d.siteName }));
  const catalogue = await getCatalogue();
  const story = catalogue.stories.find((s) => `story-${s.id}` === params.name)!;
  // Under the title, the story's first product; its stars only if valid on the build date.
  const product = story.data.products.map((id) => catalogue.products.get(id)).find((v) => v !== undefined);
  const cardProduct = product && {
    name: product.product.name,
    stars: product.shown ? product.product.certificate.stars : undefined,
    province: provinceName(product.product.address.provinceCode, 'vi'),
  };
  return png(await shareCardPng(storyShareCard(story.data.title, cardProduct, d.siteName)));
};
