/**
 * What a page in one language shows of content that may exist in only one: a
 * product's English name and description (from the registry), a story's
 * translation (hand-written). Where the content has no text in the page's
 * language, the page shows the original and marks it with its `lang`; Vietnamese
 * pages always show the Vietnamese product texts.
 */
import type { Lang } from '../i18n/index.ts';
import type { Product } from '../schemas/product.ts';
import type { StoryView } from './catalogue.ts';

/** A text and the language it is written in. */
export interface TextIn {
  text: string;
  lang: Lang;
}

/** The product's name on a page in `lang`: its English name on English pages when the registry gives one. */
export function productName(product: Pick<Product, 'name' | 'nameEn'>, lang: Lang): TextIn {
  return lang === 'en' && product.nameEn ? { text: product.nameEn, lang: 'en' } : { text: product.name, lang: 'vi' };
}

/** The product's description on a page in `lang`, or none. */
export function productDescription(product: Product, lang: Lang): TextIn | undefined {
  if (lang === 'en' && product.descriptionEn) return { text: product.descriptionEn, lang: 'en' };
  return product.description ? { text: product.description, lang: 'vi' } : undefined;
}

/** A story as a page in one language tells it. */
export interface StoryText {
  /** The language of the words below: the page's, or the original's when there is no translation. */
  lang: Lang;
  title: string;
  summary: string;
  body: string;
  translator?: string | undefined;
  /** The story photo's description: the translation's, else the original's in its own language. */
  photoAlt?: TextIn | undefined;
}

/** The languages a story is told in: its own, then its translations'. */
export function storyLanguages(story: StoryView): Lang[] {
  return [story.data.lang, ...(Object.keys(story.translations) as Lang[]).filter((lang) => lang !== story.data.lang)];
}

/** The story in `lang` when it is told in it, else as written. */
export function storyText(story: StoryView, lang: Lang): StoryText {
  const translation = lang === story.data.lang ? undefined : story.translations[lang];
  const originalAlt = story.data.photoAlt ? { text: story.data.photoAlt, lang: story.data.lang } : undefined;
  if (translation) {
    const photoAlt = translation.data.photoAlt ? { text: translation.data.photoAlt, lang } : originalAlt;
    return {
      lang,
      title: translation.data.title,
      summary: translation.data.summary,
      body: translation.body,
      translator: translation.data.translator,
      photoAlt,
    };
  }
  return { lang: story.data.lang, title: story.data.title, summary: story.data.summary, body: story.body, photoAlt: originalAlt };
}
