/**
 * Printable OCOP shelf cards as PDF: one A6 card (105 × 148 mm) per product, and
 * an A4 sheet of four cards a page with cut marks. Everything printed comes in as
 * text already worded and formatted (src/pipeline/shelf-cards.ts); this module
 * only lays it out.
 *
 * Why pdfkit: it is maintained, has no native parts, and embeds TrueType fonts
 * subset to the glyphs used (through fontkit), so a card carries ~20 KB of font
 * rather than the whole face. Be Vietnam Pro comes as full TTFs (every Latin and
 * Vietnamese glyph in one file): the site's web fonts split the two ranges over
 * separate files, which a PDF cannot fall back between. The font has no star
 * glyph (★), so the stars are drawn as shapes; the QR code is drawn as vector
 * squares too, sharp at any printer's resolution.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { drawnFile, packageVersion } from './drawn-file-cache.ts';

/** What one card prints, worded and formatted in its language. */
export interface ShelfCard {
  /** The PDF's language tag (`vi`, `en`), for screen readers and text extraction. */
  lang: string;
  /** The PDF's title (document properties). */
  title: string;
  /** Small line above the name ("Sản phẩm OCOP"). */
  kicker: string;
  name: string;
  /** 3, 4 or 5: drawn as star shapes. */
  stars: number;
  /** The stars in words beside the shapes ("4 sao", "4 stars"). */
  starsText: string;
  facts: ReadonlyArray<{ label: string; value: string }>;
  /** Optional line under the facts ("Đang đánh giá lại"). */
  note?: string | undefined;
  /** What the QR code opens: the product page's absolute URL. */
  url: string;
  /** Beside the QR code. */
  scanText: string;
  /** The PDF's creation date (`YYYY-MM-DD`): a date of the certificate, so the same card gives the same bytes. */
  dated: string;
}

/** A producer's cards on A4, four a page. */
export interface ShelfSheet {
  lang: string;
  title: string;
  dated: string;
  cards: readonly ShelfCard[];
}

const MM = 72 / 25.4;
/** A6 in points, as PDF viewers and printers name it (297.64 × 419.53). */
export const A6 = { width: 105 * MM, height: 148 * MM } as const;
export const A4 = { width: 210 * MM, height: 297 * MM } as const;

const require = createRequire(import.meta.url);
const fontFile = (face: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${face}/BeVietnamPro_${face}.ttf`);
/** The faces a card is set in; exported for the test that every glyph of the catalogue's names is in them. */
export const SHELF_CARD_FONTS = { regular: fontFile('400Regular'), bold: fontFile('700Bold') } as const;
/**
 * Given a font's bytes, pdfkit parses its tables again for every document, three
 * quarters of a card's time (~9 ms); given a parsed font it reuses it. The parser
 * is fontkit, resolved from pdfkit's own folder so it is the copy pdfkit uses.
 */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(bytes: Uint8Array): ParsedFont };
interface ParsedFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
let parsedFonts: { regular: ParsedFont; bold: ParsedFont } | undefined;
const fonts = () =>
  (parsedFonts ??= { regular: fontkit.create(readFileSync(SHELF_CARD_FONTS.regular)), bold: fontkit.create(readFileSync(SHELF_CARD_FONTS.bold)) });
/** pdfkit takes a parsed font wherever its types say a font's name or bytes. */
const asFontSource = (font: ParsedFont) => font as unknown as string;

/**
 * The characters of `text` that either face lacks, each once: a card would print
 * them as empty boxes. Spaces and line breaks need no glyph.
 */
export function missingGlyphs(text: string): string[] {
  const { regular, bold } = fonts();
  const missing = [...new Set(text.normalize('NFC'))].filter((char) => {
    const codePoint = char.codePointAt(0)!;
    return !/\s/.test(char) && !(regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint));
  });
  return missing;
}

/** Bump when the layout changes: the cache keeps drawn cards by their input only. */
const LAYOUT = 1;
const DRAWING = JSON.stringify({
  layout: LAYOUT,
  pdfkit: packageVersion('pdfkit'),
  qrcode: packageVersion('qrcode'),
  font: packageVersion('@expo-google-fonts/be-vietnam-pro'),
});

const INK = '#000000';
const MUTED = '#4a4a4a';
/** Dark gold: reads as the OCOP stars in colour, and prints near black in grey. */
const STAR = '#a66f00';
const MARGIN = 7 * MM;
/** The QR code without its quiet zone: modules of about a millimetre for a product URL (33 or 37 a side). */
const QR_SIZE = 36 * MM;

/** A card or a sheet to draw. */
export type ShelfDrawing = { card: ShelfCard } | { sheet: ShelfSheet };
/** Draws one, here or elsewhere (`SHELF_CARD_WORKER`); the bytes are the same. */
export type ShelfDrawer = (drawing: ShelfDrawing) => Promise<Uint8Array>;
/** The module that draws them in a worker thread (src/util/worker-pool.ts). */
export const SHELF_CARD_WORKER = new URL('./shelf-card-worker.ts', import.meta.url);

const drawHere: ShelfDrawer = (drawing) => ('card' in drawing ? drawShelfCard(drawing.card) : drawShelfSheet(drawing.sheet));

/**
 * The cached PDF file of a card or sheet, drawn (by `draw`, by default in this
 * thread) only when no earlier night drew the same one.
 */
export function shelfDrawingFile(drawing: ShelfDrawing, draw: ShelfDrawer = drawHere): Promise<string> {
  const [kind, input] = 'card' in drawing ? ['shelf-card', drawing.card] : ['shelf-sheet', drawing.sheet];
  return drawnFile(kind, `${DRAWING}\n${JSON.stringify(input)}`, async () => Buffer.from(await draw(drawing)));
}

/** The cached PDF file of `card` (see `shelfDrawingFile`). */
export function shelfCardFile(card: ShelfCard): Promise<string> {
  return shelfDrawingFile({ card });
}

/** One A6 card. */
export function drawShelfCard(card: ShelfCard): Promise<Buffer> {
  const doc = newDocument(card, [A6.width, A6.height]);
  drawCard(doc, card, 0, 0);
  return finish(doc);
}

/** A4 pages of four cards each, left to right, top to bottom, with cut marks between them. */
export function drawShelfSheet(sheet: ShelfSheet): Promise<Buffer> {
  const doc = newDocument(sheet, [A4.width, A4.height], false);
  // A4 is two A6 wide and half a millimetre more than two high: the cards sit centred in their quarters.
  const rowHeight = A4.height / 2;
  const top = (rowHeight - A6.height) / 2;
  for (let first = 0; first < sheet.cards.length; first += 4) {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    sheet.cards.slice(first, first + 4).forEach((card, i) => {
      drawCard(doc, card, (i % 2) * A6.width, Math.floor(i / 2) * rowHeight + top);
    });
    drawCutMarks(doc, A6.width, rowHeight);
  }
  return finish(doc);
}

type Doc = PDFKit.PDFDocument;

function newDocument(meta: { lang: string; title: string; dated: string }, size: [number, number], firstPage = true): Doc {
  // A fixed date, because pdfkit derives the file's ID from it: the same card is the same bytes every night.
  const date = new Date(`${meta.dated}T00:00:00Z`);
  const { regular, bold } = fonts();
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: firstPage,
    lang: meta.lang,
    displayTitle: true,
    font: asFontSource(regular),
    info: { Title: meta.title, Creator: 'OCOP catalogue', CreationDate: date, ModDate: date },
  });
  doc.registerFont('regular', asFontSource(regular));
  doc.registerFont('bold', asFontSource(bold));
  return doc;
}

function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** One card with its top left corner at (x, y). */
function drawCard(doc: Doc, card: ShelfCard, x: number, y: number): void {
  const left = x + MARGIN;
  const width = A6.width - 2 * MARGIN;
  let at = y + MARGIN;

  doc.font('bold').fontSize(10).fillColor(STAR).text(card.kicker.toUpperCase(), left, at, { width, characterSpacing: 0.8, lineBreak: false });
  at += 16;
  doc
    .moveTo(left, at)
    .lineTo(left + width, at)
    .lineWidth(0.75)
    .strokeColor(STAR)
    .stroke();
  at += 12;

  // The name as large as three lines allow, then cut with an ellipsis (the QR code leads to the full name).
  const nameBox = 92;
  const size = [24, 22, 20, 18, 16, 14].find((s) => doc.font('bold').fontSize(s).heightOfString(card.name, { width, lineGap: 1 }) <= nameBox) ?? 13;
  doc.font('bold').fontSize(size).fillColor(INK).text(card.name, left, at, { width, height: nameBox, lineGap: 1, ellipsis: true });
  at += Math.min(nameBox, doc.heightOfString(card.name, { width, lineGap: 1 })) + 12;

  const star = 20;
  for (let i = 0; i < card.stars; i++) drawStar(doc, left + i * (star + 4) + star / 2, at + star / 2, star / 2);
  doc
    .fill(STAR)
    .font('bold')
    .fontSize(14)
    .fillColor(INK)
    .text(card.starsText, left + card.stars * (star + 4) + 6, at + 3, { lineBreak: false });
  at += star + 16;

  for (const fact of card.facts) {
    doc.font('regular').fontSize(8.5).fillColor(MUTED).text(fact.label, left, at, { width, lineBreak: false });
    doc
      .font('bold')
      .fontSize(12.5)
      .fillColor(INK)
      .text(fact.value, left, at + 11, { width, lineBreak: false, ellipsis: true });
    at += 33;
  }
  if (card.note) doc.font('bold').fontSize(9.5).fillColor(STAR).text(card.note, left, at, { width });

  const qrTop = y + A6.height - MARGIN - QR_SIZE;
  const quietZone = drawQrCode(doc, card.url, left, qrTop, QR_SIZE);
  const captionLeft = left + QR_SIZE + quietZone;
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(MUTED)
    .text(card.scanText, captionLeft, qrTop + 16, { width: left + width - captionLeft, lineGap: 1.5 });
}

/** A five-pointed star centred on (cx, cy), one point up; added to the current path. */
function drawStar(doc: Doc, cx: number, cy: number, outer: number): void {
  const inner = outer * 0.382; // the regular star's ratio (1 / φ²)
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  doc.polygon(...points);
}

/**
 * The QR code of `url`, its modules filling the `size` square at (x, y), with the
 * same error correction as the SVG codes (src/images/qr.ts). The quiet zone the
 * standard asks for, four modules of white around it, lies outside the square:
 * the card's margin on two sides, and the returned width the caller keeps clear
 * on the others. Each row's dark runs are one rectangle: a few hundred path
 * operations per code.
 */
function drawQrCode(doc: Doc, url: string, x: number, y: number, size: number): number {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair taller than the cell, so no light seam shows between rows when rendered with smoothing.
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell + 0.05);
    }
  }
  doc.fill(INK);
  return 4 * cell;
}

/**
 * Cut marks on the two cut lines between the cards (`x`, `y`): short ticks in from
 * the page's edges, inside the margin most printers can print, and a cross where
 * the lines meet. Every mark stays between the cards' margins, clear of their text.
 */
function drawCutMarks(doc: Doc, x: number, y: number): void {
  const from = 4 * MM;
  const length = 6 * MM;
  const arm = 4 * MM;
  doc.lineWidth(0.5).strokeColor(INK);
  doc.moveTo(x, from).lineTo(x, from + length);
  doc.moveTo(x, A4.height - from).lineTo(x, A4.height - from - length);
  doc.moveTo(from, y).lineTo(from + length, y);
  doc.moveTo(A4.width - from, y).lineTo(A4.width - from - length, y);
  doc.moveTo(x - arm, y).lineTo(x + arm, y);
  doc.moveTo(x, y - arm).lineTo(x, y + arm);
  doc.stroke();
}
