/** QR codes as SVG, for shelf labels that open a product page. */
import QRCode from 'qrcode';
import { cachedDrawing, packageVersion } from './drawn-file-cache.ts';

// Medium error correction survives a smudged label; the quiet zone is part of the standard.
const OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;
const DRAWING = JSON.stringify({ qrcode: packageVersion('qrcode'), ...OPTIONS });

/** The QR code of `url`, from the build cache when an earlier night drew the same one. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await cachedDrawing('qr', `${DRAWING}\n${url}`, () => QRCode.toString(url, OPTIONS));
  return svg.toString('utf8');
}
