/**
 * Printable shelf cards: an A6 PDF per currently certified product and language
 * (`routes.shelfCard`), and an A4 sheet of a producer's cards (`routes.shelfSheet`).
 * Like the QR codes (src/pipeline/qr-codes.ts) they are not Astro endpoints: after
 * the pages, each is a hard link to the drawn-file cache, keyed by what the card
 * prints, so a night where 1% of the certificates changed draws 1% of the cards.
 * A withdrawn product has no card, and a producer with no current product no sheet.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { certificateStateOn } from '../domain/certificate.ts';
import { addToList } from '../domain/lists-by-key.ts';
import { formatDate } from '../i18n/format.ts';
import { LANGS, t, type Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { provinceName } from '../queries/provinces.ts';
import { inParallel } from '../util/in-parallel.ts';
import { linkOrCopy } from '../util/link-or-copy.ts';
import { workerPool } from '../util/worker-pool.ts';
import { SHELF_CARD_WORKER, shelfDrawingFile, type ShelfCard, type ShelfDrawer, type ShelfDrawing, type ShelfSheet } from '../images/shelf-card.ts';
import type { Producer } from '../schemas/producer.ts';
import type { Product } from '../schemas/product.ts';

export interface ShelfCardPrint {
  /** Where the card is served: `/the-ke-hang/<id>.pdf`, `/en/shelf-cards/<id>.pdf`. */
  path: string;
  card: ShelfCard;
}

export interface ShelfSheetPrint {
  /** `/the-ke-hang/chu-the/<producer id>.pdf`, `/en/shelf-cards/producers/<producer id>.pdf`. */
  path: string;
  sheet: ShelfSheet;
}

export interface ShelfPrints {
  cards: ShelfCardPrint[];
  sheets: ShelfSheetPrint[];
}

type ProductFacts = Pick<Product, 'id' | 'name' | 'producerId' | 'certificate' | 'address'>;
type ProducerFacts = Pick<Producer, 'id' | 'name'>;

const nameOrder = new Intl.Collator('vi').compare;

/** The producer page's order (src/queries/catalogue.ts): more stars first, then by name, then id. */
function byStarsThenName(a: ProductFacts, b: ProductFacts): number {
  return b.certificate.stars - a.certificate.stars || nameOrder(a.name, b.name) || (a.id < b.id ? -1 : 1);
}

/** The cards and sheets of a build: only for certificates whose stars the product page shows on `asOf`. */
export function shelfPrintsOf(products: readonly ProductFacts[], producers: readonly ProducerFacts[], asOf: string, site: string): ShelfPrints {
  const current = products.filter((product) => certificateStateOn(product.certificate, asOf).shown).sort(byStarsThenName);
  const cards = current.flatMap((product) => LANGS.map((lang) => ({ path: routes.shelfCard(lang, product.id), card: cardOf(product, lang, asOf, site) })));
  const byProducer = new Map<string, ProductFacts[]>();
  for (const product of current) addToList(byProducer, product.producerId, product);
  const sheets: ShelfSheetPrint[] = [];
  for (const producer of producers) {
    const own = byProducer.get(producer.id);
    if (!own) continue;
    for (const lang of LANGS) {
      const ownCards = own.map((product) => cardOf(product, lang, asOf, site));
      sheets.push({
        path: routes.shelfSheet(lang, producer.id),
        sheet: { lang, title: t(lang).shelfCard.sheetTitle(producer.name), dated: latest(ownCards.map((card) => card.dated)), cards: ownCards },
      });
    }
  }
  return { cards, sheets };
}

function cardOf(product: ProductFacts, lang: Lang, asOf: string, site: string): ShelfCard {
  const state = certificateStateOn(product.certificate, asOf);
  if (!state.shown) throw new Error(`${product.id}: no shelf card for a certificate not valid on ${asOf}`);
  const d = t(lang);
  const words = d.shelfCard;
  // One Unicode form: a name typed with combining accents would otherwise be laid out letter by accent.
  const name = product.name.normalize('NFC');
  return {
    lang,
    title: words.cardTitle(name),
    kicker: words.kicker,
    name,
    stars: product.certificate.stars,
    starsText: d.stars(product.certificate.stars),
    facts: [
      { label: words.decisionNumber, value: product.certificate.decisionNumber.normalize('NFC') },
      { label: words.validUntil, value: formatDate(lang, state.validUntil) },
      { label: words.province, value: provinceName(product.address.provinceCode, lang) },
    ],
    note: state.underRerating ? d.underRerating : undefined,
    url: new URL(routes.product(lang, product.id), site).href,
    scanText: words.scan(new URL(site).host),
    dated: product.certificate.decisionDate,
  };
}

/** The last of some `YYYY-MM-DD` dates (they sort as text). */
const latest = (dates: readonly string[]): string => [...dates].sort().at(-1)!;

/**
 * Draws what the cache lacks and links every card and sheet into `outDir`; returns
 * how many of each. Drawing is CPU work (~6 ms a card), so it runs in worker
 * threads, one per core, started only when something is missing: a first
 * national night draws ~60,000 files.
 */
export async function publishShelfPrints(prints: ShelfPrints, outDir: string): Promise<{ cards: number; sheets: number }> {
  const all = [...prints.cards, ...prints.sheets];
  for (const folder of new Set(all.map((print) => path.dirname(print.path)))) await mkdir(path.join(outDir, folder), { recursive: true });
  const pool = workerPool<ShelfDrawing, Uint8Array>(SHELF_CARD_WORKER);
  try {
    await inParallel(all, 16, async (print) => linkOrCopy(await shelfPrintFile(print, pool.run), path.join(outDir, print.path)));
  } finally {
    await pool.close();
  }
  return { cards: prints.cards.length, sheets: prints.sheets.length };
}

/** The cached file of one card or sheet, drawn first (by `draw`, by default in this thread) when no earlier night drew it. */
export function shelfPrintFile(print: ShelfCardPrint | ShelfSheetPrint, draw?: ShelfDrawer): Promise<string> {
  return shelfDrawingFile('card' in print ? { card: print.card } : { sheet: print.sheet }, draw);
}
