/** `/icons/<size>.png`, `/icons/maskable-<size>.png`: the installed app's icons (the manifest lists them). */
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { APP_ICONS, THEME_COLOUR } from '../../formats/web-manifest.ts';
import { appIconPng } from '../../images/app-icon.ts';

/** The favicon's star colour. */
const STAR_COLOUR = '#ffd23f';
const nameOf = (size: number, purpose: 'any' | 'maskable') => routes.appIcon(size, purpose).slice('/icons/'.length, -'.png'.length);

export function getStaticPaths() {
  return APP_ICONS.map(({ size, purpose }) => ({ params: { name: nameOf(size, purpose) }, props: { size, purpose } }));
}

export const GET: APIRoute<{ size: number; purpose: 'any' | 'maskable' }> = async ({ props }) =>
  new Response(new Uint8Array(await appIconPng(props.size, props.purpose, { background: THEME_COLOUR, star: STAR_COLOUR })), {
    headers: { 'Content-Type': 'image/png' },
  });
