/**
 * The installed app's icon: the favicon's star on the brand's green, drawn at
 * the sizes launchers ask for. A maskable icon fills the whole square and keeps
 * the star inside the central safe zone (a circle of 80 % of the width), since
 * a launcher may crop it to any shape.
 */
import sharp from 'sharp';

const STAR = 'M16 5l3.2 7 7.6.8-5.7 5.1 1.6 7.5L16 21.6l-6.7 3.8 1.6-7.5-5.7-5.1 7.6-.8z';

/** The icon as SVG, on a 32-unit grid like the favicon. */
export function appIconSvg(purpose: 'any' | 'maskable', colours: { background: string; star: string }): string {
  // The maskable star is scaled into the safe zone, about its centre (16, 15.2).
  const star =
    purpose === 'maskable'
      ? `<path fill="${colours.star}" transform="translate(16 16) scale(0.7) translate(-16 -15.2)" d="${STAR}"/>`
      : `<path fill="${colours.star}" d="${STAR}"/>`;
  const ground =
    purpose === 'maskable'
      ? `<rect width="32" height="32" fill="${colours.background}"/>`
      : `<rect width="32" height="32" rx="6" fill="${colours.background}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${ground}${star}</svg>`;
}

export async function appIconPng(size: number, purpose: 'any' | 'maskable', colours: { background: string; star: string }): Promise<Buffer> {
  return sharp(Buffer.from(appIconSvg(purpose, colours)), { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}
