/**
 * The two languages of the site and their dictionaries: `t(lang)` is everything a
 * page template says, the site's words at its root and each namespace under its
 * name. Browser code takes its namespace from islands/ instead.
 */
import { en } from './en/index.ts';
import { vi, type Dictionary } from './vi/index.ts';
import type { Lang } from './langs.ts';

export { LANGS, type Lang } from './langs.ts';

const dictionaries: Record<Lang, Dictionary> = { vi, en };

export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

export type { Dictionary };
