/**
 * PDFs as a reader sees them, through pdfjs-dist (Firefox's PDF reader): each
 * page's text and size in Node (its legacy build runs there), and a page drawn
 * to pixels with its QR code decoded (jsQR). Node has no canvas here, so drawing
 * happens in Chromium: pdfjs's browser build is served to a blank page, the PDF
 * handed to it as bytes.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serveStatic, type StaticServer } from './server.ts';

export interface PdfPage {
  /** The page's text items joined by spaces. */
  text: string;
  /** Width and height in points (A6: 297.64 × 419.53). */
  size: [number, number];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '), size: [width, height] });
  }
  await task.destroy();
  return pages;
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
const JSQR_FILE = require.resolve('jsqr/dist/jsQR.js');

/** Draws PDF pages in Chromium and reads the QR codes on them; `close()` when done. */
/** A part of a page, in points from its top left corner. */
export interface PdfArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

type QrReader = (bytes: Uint8Array, area?: PdfArea) => Promise<string | null>;

/** Draws the first page of a PDF in Chromium and reads the QR code in it (or in `area` of it, where a page holds several); `close()` when done. */
export async function pdfRenderer(browser: Browser): Promise<{ qrCodeOn: QrReader; close: () => Promise<void> }> {
  const server: StaticServer = await serveStatic(PDFJS_DIR);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/package.json`);
  await page.addScriptTag({ path: JSQR_FILE });
  // A module script, not an import() in the evaluated function: the test runner rewrites those for Node.
  await page.addScriptTag({
    type: 'module',
    content: "import * as pdfjs from '/build/pdf.mjs'; pdfjs.GlobalWorkerOptions.workerSrc = '/build/pdf.worker.mjs'; window.pdfjsLib = pdfjs;",
  });
  await page.waitForFunction(() => 'pdfjsLib' in window);
  const scale = 2; // about six pixels to a module of a shelf card's code
  const qrCodeOn: QrReader = (bytes, area) =>
    page.evaluate(
      async ({ base64, area, scale }) => {
        type Pdfjs = typeof import('pdfjs-dist');
        const pdfjs = (window as unknown as { pdfjsLib: Pdfjs }).pdfjsLib;
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const task = pdfjs.getDocument({ data });
        const pdf = await task.promise;
        const pdfPage = await pdf.getPage(1);
        const viewport = pdfPage.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await pdfPage.render({ canvas, viewport }).promise;
        const box = area ? area : { x: 0, y: 0, width: viewport.width / scale, height: viewport.height / scale };
        const pixels = canvas.getContext('2d')!.getImageData(box.x * scale, box.y * scale, Math.floor(box.width * scale), Math.floor(box.height * scale));
        type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
        const decoded = (window as unknown as { jsQR: Decode }).jsQR(pixels.data, pixels.width, pixels.height);
        await task.destroy();
        return decoded?.data ?? null;
      },
      { base64: Buffer.from(bytes).toString('base64'), area, scale },
    );
  return {
    qrCodeOn,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
