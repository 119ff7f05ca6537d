/** QR codes as SVG, for shelf labels that open a product page. */
import { readFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import { drawnFile, packageVersion } from './drawn-file-cache.ts';

// Medium error correction survives a smudged label; the quiet zone is part of the standard.
const OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;
const DRAWING = JSON.stringify({ qrcode: packageVersion('qrcode'), ...OPTIONS });

/** The cached file of the QR code of `url`, drawn only when no earlier night drew the same one. */
export function qrFile(url: string): Promise<string> {
  return drawnFile('qr', `${DRAWING}\n${url}`, () => QRCode.toString(url, OPTIONS));
}

export async function qrSvg(url: string): Promise<string> {
  return readFile(await qrFile(url), 'utf8');
}
