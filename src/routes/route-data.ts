/**
 * What every page and file knows of its own route, computed once per request
 * by src/middleware.ts and read as `Astro.locals.route`: its language, its
 * dictionary, and its path in each language.
 */
import { t, type Dictionary, type Lang } from '../i18n/index.ts';
import { langOfPath, translatePath } from '../i18n/routes.ts';

export interface RouteData {
  lang: Lang;
  /** The interface strings of that language. */
  t: Dictionary;
  /**
   * This page's path in each language (the hreflang pair and the language
   * switch). None for the not-found page: the host serves it at every missing
   * URL, so it has no path of its own and no twin.
   */
  paths: Record<Lang, string> | undefined;
}

/** `pattern`: the route's pattern in Astro's syntax (`/en/products/[id]`), which says its language. */
export function routeData(pathname: string, pattern: string): RouteData {
  const lang = langOfPath(pattern);
  const notFound = pattern === '/404';
  return {
    lang,
    t: t(lang),
    paths: notFound ? undefined : { vi: translatePath(pathname, 'vi'), en: translatePath(pathname, 'en') },
  };
}
