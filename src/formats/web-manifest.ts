/**
 * The web app manifest of one language (`/manifest.webmanifest`,
 * `/en/manifest.webmanifest`): its names, start page and icons, so that a
 * visitor can install the catalogue on a phone and open it in their language.
 * Each language's manifest has its own scope (`/` is Vietnamese and holds
 * `/en/`; the English app opens and stays under `/en/`).
 */
import { t, type Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';

/** The site's brand colour: the browser's bar (`<meta name="theme-color">`) and the installed app's. */
export const THEME_COLOUR = '#17452f';
/** The page's paper colour, behind the splash screen of the installed app. */
const BACKGROUND_COLOUR = '#fffdf8';

/** The icons the route table serves (src/routes/endpoints/app-icon.ts draws them). */
export const APP_ICONS = [
  { size: 180, purpose: 'any' },
  { size: 192, purpose: 'any' },
  { size: 512, purpose: 'any' },
  { size: 512, purpose: 'maskable' },
] as const;

export function webManifest(lang: Lang) {
  const d = t(lang);
  return {
    id: routes.home(lang),
    name: d.siteName,
    short_name: d.app.shortName,
    description: d.siteTagline,
    lang,
    dir: 'ltr',
    start_url: routes.home(lang),
    scope: routes.home(lang),
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: APP_ICONS.filter((icon) => icon.size !== 180).map(({ size, purpose }) => ({
      src: routes.appIcon(size, purpose),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose,
    })),
  };
}
