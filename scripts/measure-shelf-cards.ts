/**
 * What the shelf cards cost a night: `node scripts/measure-shelf-cards.ts [registry] [as-of] [rounds]`
 * (defaults: the test site's registry, .cache/test-site/registry, as of 2026-11-23, 5 rounds).
 * Draws every card and sheet of that registry `rounds` times in this thread, timing the
 * drawing alone (wall and CPU time: the machine may be shared, and CPU time is what a
 * night pays for on a quiet one), then publishes them twice through the cache as a
 * build does (the first night, drawn in worker threads, then a night where nothing
 * changed), and extrapolates to a national catalogue. Prints a table for
 * docs/performance.md.
 */
import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { drawShelfCard, drawShelfSheet } from '../src/images/shelf-card.ts';
import { publishShelfPrints, shelfPrintsOf } from '../src/pipeline/shelf-cards.ts';
import type { Producer } from '../src/schemas/producer.ts';
import type { Product } from '../src/schemas/product.ts';

const registry = path.resolve(process.argv[2] ?? '.cache/test-site/registry');
const asOf = process.argv[3] ?? '2026-11-23';
const rounds = Number(process.argv[4] ?? 5);
/** Current products of a national night, and producers holding them: the 20,000 bench's 9,990 producers to 16,889 current products (docs/performance.md). */
const NATIONAL_PRODUCTS = 19_000;
const NATIONAL_PRODUCERS = Math.round((9_990 / 16_889) * NATIONAL_PRODUCTS);

const read = async <T>(file: string) => JSON.parse(await readFile(path.join(registry, file), 'utf8')) as T;

/** Milliseconds of wall and CPU time per call of `draw` over `items`, after one warm-up pass. */
async function timePer<T>(items: readonly T[], draw: (item: T) => Promise<Buffer>): Promise<{ wall: number; cpu: number; bytes: number[] }> {
  const bytes = await Promise.all(items.map(async (item) => (await draw(item)).length));
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const item of items) await draw(item);
  const cpu = process.cpuUsage(cpuBefore);
  const calls = rounds * items.length;
  return { wall: (performance.now() - started) / calls, cpu: (cpu.user + cpu.system) / 1000 / calls, bytes };
}

async function timeOnce(action: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await action();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function main(): Promise<void> {
  const [products, producers] = await Promise.all([read<Product[]>('products.json'), read<Producer[]>('producers.json')]);
  const prints = shelfPrintsOf(products, producers, asOf, 'https://ocop.example.vn');
  const wording = await timeOnce(async () => {
    for (let round = 0; round < rounds; round++) shelfPrintsOf(products, producers, asOf, 'https://ocop.example.vn');
  });
  const current = prints.cards.length / 2;
  const cards = await timePer(prints.cards, (print) => drawShelfCard(print.card));
  const sheets = await timePer(prints.sheets, (print) => drawShelfSheet(print.sheet));
  const cardsPerSheet = mean(prints.sheets.map((print) => print.sheet.cards.length));
  // A sheet costs a part of its own and a part per card: timed on sheets of one and of four cards.
  const viCards = prints.cards.filter((print) => print.card.lang === 'vi').map((print) => print.card);
  const sheetsOf = (n: number) => Array.from({ length: 20 }, (_, i) => ({ lang: 'vi', title: 'measure', dated: asOf, cards: viCards.slice(i, i + n) }));
  const [one, four] = [await timePer(sheetsOf(1), drawShelfSheet), await timePer(sheetsOf(4), drawShelfSheet)];
  const perCardOnSheet = (four.cpu - one.cpu) / 3;
  const perSheet = one.cpu - perCardOnSheet;

  const root = await mkdtemp(path.join(os.tmpdir(), 'measure-shelf-cards-'));
  process.env.OCOP_CACHE_DIR = path.join(root, 'cache');
  try {
    const firstNight = await timeOnce(() => publishShelfPrints(prints, path.join(root, 'first')));
    const unchangedNight = await timeOnce(() => publishShelfPrints(prints, path.join(root, 'second')));
    const linked = prints.cards.length + prints.sheets.length;
    const sheetBytes = await Promise.all(prints.sheets.map(async (print) => (await stat(path.join(root, 'first', print.path))).size));

    // National: two cards per product, and a sheet per producer and language, which draws each of its cards once more.
    const nationalCards = 2 * NATIONAL_PRODUCTS;
    const nationalSheets = 2 * NATIONAL_PRODUCERS;
    const nationalCpu = nationalCards * cards.cpu + nationalSheets * perSheet + nationalCards * perCardOnSheet;
    const nationalLink = (unchangedNight.cpu / linked) * (nationalCards + nationalSheets) + (wording.cpu / rounds) * (NATIONAL_PRODUCTS / current);
    const cores = os.availableParallelism();
    const rows = [
      [
        'registry',
        `${registry} as of ${asOf}: ${current} current products, ${prints.cards.length} cards, ${prints.sheets.length} sheets (${cardsPerSheet.toFixed(1)} cards each)`,
      ],
      ['card size', `${kb(mean(cards.bytes))} mean, ${kb(Math.max(...cards.bytes))} max`],
      ['sheet size', `${kb(mean(sheetBytes))} mean, ${kb(Math.max(...sheetBytes))} max`],
      ['drawing a card', `${ms(cards.cpu)} CPU (${ms(cards.wall)} wall), ${rounds} rounds`],
      ['drawing a sheet', `${ms(sheets.cpu)} CPU (${ms(sheets.wall)} wall); ${ms(perSheet)} a sheet + ${ms(perCardOnSheet)} a card on it`],
      ['wording the cards (shelfPrintsOf)', `${ms(wording.cpu / rounds)} CPU`],
      [`first night (all drawn, in ${cores} worker threads)`, `${s(firstNight.wall)} wall, ${s(firstNight.cpu)} CPU (the threads' start included)`],
      ['unchanged night (all linked)', `${ms(unchangedNight.cpu)} CPU (${ms(unchangedNight.wall)} wall) for ${linked} files`],
      [
        `national, ${NATIONAL_PRODUCTS} products of ${NATIONAL_PRODUCERS} producers: all drawn`,
        `${s(nationalCpu)} CPU, ~${s(nationalCpu / cores)} wall on ${cores} idle cores (${nationalCards} cards, ${nationalSheets} sheets)`,
      ],
      ['national: nothing changed', `${s(nationalLink)} CPU (wording and links)`],
      // A changed product redraws its two cards and its producer's two sheets (of ~1.7 cards each).
      [
        'national: 1% changed',
        `${s(nationalLink + (NATIONAL_PRODUCTS / 100) * 2 * (cards.cpu + perSheet + (NATIONAL_PRODUCTS / NATIONAL_PRODUCERS) * perCardOnSheet))} CPU`,
      ],
    ];
    for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
