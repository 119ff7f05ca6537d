/** QR codes as SVG, for shelf labels that open a product page. */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  // Medium error correction survives a smudged label; the quiet zone is part of the standard.
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
