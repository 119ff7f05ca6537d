/**
 * `/og/<name>.png`: the share images, one for the site and one per story and
 * language it is told in (its title; its first product's name, stars valid today
 * and province, in that language).
 */
import type { APIRoute } from 'astro';
import { t, type Lang } from '../../i18n/index.ts';
import { routes } from '../../i18n/routes.ts';
import { getCatalogue, type Catalogue, type StoryView } from '../../queries/catalogue.ts';
import { productName, storyLanguages, storyText } from '../../queries/in-language.ts';
import { provinceName } from '../../queries/provinces.ts';
import { shareCardPng, storyShareCard } from '../../images/share-image.ts';
import { keyed, pageKeys } from '../paths.ts';

const png = (body: Buffer) => new Response(new Uint8Array(body), { headers: { 'Content-Type': 'image/png' } });

type StoryCards = Map<string, { story: StoryView; lang: Lang }>;
// Once per build, not once per card: a national build draws thousands.
const cardsOf = new WeakMap<Catalogue, StoryCards>();

/** Each story card's file name (as the route table names its URL), with what it shows. */
function storyCards(catalogue: Catalogue): StoryCards {
  const known = cardsOf.get(catalogue);
  if (known) return known;
  const cards: StoryCards = new Map();
  for (const story of catalogue.stories) {
    for (const lang of storyLanguages(story)) cards.set(routes.shareImage('story', story.id, lang).slice('/og/'.length, -'.png'.length), { story, lang });
  }
  cardsOf.set(catalogue, cards);
  return cards;
}

// A story's card shows the story and its first product, which the story page's render key covers.
export async function getStaticPaths() {
  const [catalogue, key] = await Promise.all([getCatalogue(), pageKeys()]);
  return [
    { params: { name: 'site' }, ...keyed(key.codeOnly()) },
    ...[...storyCards(catalogue)].map(([name, { story }]) => ({ params: { name }, ...keyed(key.story(story)) })),
  ];
}

export const GET: APIRoute = async ({ params }) => {
  if (params.name === 'site') return png(await shareCardPng({ title: t('vi').homeTitle, subtitle: t('en').siteName, siteName: t('vi').siteName }));
  const catalogue = await getCatalogue();
  const { story, lang } = storyCards(catalogue).get(params.name ?? '')!;
  // Under the title, the story's first product; its stars only if valid on the build date.
  const product = story.data.products.map((id) => catalogue.products.get(id)).find((v) => v !== undefined);
  const cardProduct = product && {
    name: productName(product.product, lang).text,
    stars: product.shown ? product.product.certificate.stars : undefined,
    province: provinceName(product.product.address.provinceCode, lang),
  };
  return png(await shareCardPng(storyShareCard(storyText(story, lang).title, cardProduct, t(lang).siteName)));
};
