/** The two languages of the site and their dictionaries. */
import { en } from './en.ts';
import { vi, type Dictionary } from './vi.ts';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const dictionaries: Record<Lang, Dictionary> = { vi, en };

export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

export type { Dictionary };
