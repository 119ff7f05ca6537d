/**
 * The national-scale benchmark fixture: a registry export with one photo per
 * product, plus the hand-written side of the site (display points, fairs,
 * stories), all deterministic from a seed.
 *
 *   node scripts/generate-national-fixture.ts [--products 20000] [--seed 2026] [--out DIR]
 *     [--points N] [--events N] [--stories N] [--as-of 2026-11-23]
 *
 * Writes into DIR (default fixtures-out/national-<products>/):
 *   registry.csv        the export rows (scripts/generate-fixture.ts), with a photo per product
 *   images/             one small generated JPEG per product code, beside the export as the importer expects
 *   content/            stories/, events/, points/ — point the build at it with OCOP_HANDWRITTEN_DIR
 * Sizes used by the benchmark: 1,000, 5,000, 20,000 and 50,000 products.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { addToList } from '../src/domain/lists-by-key.ts';
import { slug } from '../src/domain/slug.ts';
import { exportCsv } from '../src/domain/spreadsheet-csv.ts';
import { parseCsv } from '../src/registry/csv.ts';
import { importRegistry } from '../src/registry/import.ts';
import { POINT_KINDS } from '../src/schemas/point.ts';
import type { Product } from '../src/schemas/product.ts';
import { pick, seedOf, seededRandom, type Random } from './fixture/seeded-random.ts';

export const FIXTURE_AS_OF = '2026-11-23';
/**
 * The national fixture proper: 20,000 products with 3,000 display points, 500
 * fairs and 2,000 stories. Other sizes scale the hand-written content in the
 * same proportion, so the scaling run measures one country at several sizes.
 */
const NATIONAL_PRODUCTS = 20_000;
const GENERATOR = fileURLToPath(new URL('./generate-fixture.ts', import.meta.url));

export interface NationalFixture {
  dir: string;
  registry: string;
  contentDir: string;
}

export async function generateNationalFixture(options: {
  products: number;
  seed?: number;
  out?: string;
  points?: number;
  events?: number;
  stories?: number;
  asOf?: string;
}): Promise<NationalFixture> {
  const seed = options.seed ?? 2026;
  const dir = path.resolve(options.out ?? `fixtures-out/national-${options.products}`);
  const registry = path.join(dir, 'registry.csv');
  const contentDir = path.join(dir, 'content');
  const random = seededRandom(seed ^ 0x5eed);
  await mkdir(dir, { recursive: true });

  exportRows(options.products, seed, registry); // 1. the export rows, from the shared generator
  const codes = await addPhotoColumn(registry); // 2. name a photo for every product row
  await drawPhotos(path.join(dir, 'images'), codes); // 3. draw the photos (skipped when already there)
  const products = await publishedProducts(registry, dir, options.asOf ?? FIXTURE_AS_OF); // 4. the ids the site will have
  await rm(contentDir, { recursive: true, force: true });
  const share = options.products / NATIONAL_PRODUCTS;
  await writePoints(contentDir, products, options.points ?? Math.round(3000 * share), random); // 5. display points
  await writeEvents(contentDir, products, options.events ?? Math.round(500 * share), random); // 6. fairs
  await writeStories(contentDir, products, options.stories ?? Math.round(2000 * share), random); // 7. stories
  return { dir, registry, contentDir };
}

function exportRows(products: number, seed: number, out: string): void {
  execFileSync(process.execPath, [GENERATOR, '--products', String(products), '--seed', String(seed), '--out', out], { stdio: 'inherit' });
}

/** Fills the export's photo column with `<code>.jpg`; returns the distinct codes. */
async function addPhotoColumn(file: string): Promise<string[]> {
  const rows = parseCsv(await readFile(file, 'utf8'));
  const header = rows[0]!;
  const codeAt = header.indexOf('Mã SP');
  const photoAt = header.indexOf('Ảnh');
  const codes = new Set<string>();
  for (const row of rows.slice(1)) {
    const code = row[codeAt];
    if (!code || row.length < header.length) continue;
    row[photoAt] = `${slug(code)}.jpg`;
    codes.add(slug(code));
  }
  await writeFile(file, exportCsv(rows.filter((row) => row.length > 1)));
  return [...codes].sort();
}

/**
 * A few KB each, different colours and shapes, so the image step resizes and
 * re-encodes real, distinct pictures (and a content-hash cache cannot cheat).
 */
async function drawPhotos(imagesDir: string, codes: string[]): Promise<void> {
  await mkdir(imagesDir, { recursive: true });
  let drawn = 0;
  const queue = [...codes];
  const worker = async () => {
    for (let code = queue.shift(); code; code = queue.shift()) {
      const file = path.join(imagesDir, `${code}.jpg`);
      if (existsSync(file)) continue;
      await sharp(Buffer.from(photoSvg(code)))
        .jpeg({ quality: 70 })
        .toFile(file);
      drawn++;
    }
  };
  await Promise.all([worker(), worker()]);
  console.log(`photos: ${codes.length} (${drawn} drawn, ${codes.length - drawn} already there)`);
}

function photoSvg(code: string): string {
  const random = seededRandom(seedOf(code));
  const colour = () => `hsl(${Math.floor(random() * 360)},${40 + Math.floor(random() * 50)}%,${30 + Math.floor(random() * 45)}%)`;
  const shapes: string[] = [];
  for (let i = 0; i < 4 + Math.floor(random() * 5); i++) {
    const x = Math.floor(random() * 480);
    const y = Math.floor(random() * 360);
    const size = 30 + Math.floor(random() * 140);
    const kind = Math.floor(random() * 3);
    if (kind === 0) shapes.push(`<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${colour()}"/>`);
    else if (kind === 1)
      shapes.push(
        `<rect x="${x}" y="${y}" width="${size}" height="${size * 0.7}" rx="8" fill="${colour()}" transform="rotate(${Math.floor(random() * 90)} ${x} ${y})"/>`,
      );
    else shapes.push(`<polygon points="${x},${y} ${x + size},${y + size / 3} ${x + size / 4},${y + size}" fill="${colour()}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs><rect width="480" height="360" fill="url(#g)"/>${shapes.join('')}</svg>`;
}

/** Imports the export once, the way the site will, to know which product ids are published. */
async function publishedProducts(registry: string, dir: string, asOf: string): Promise<Product[]> {
  const outDir = path.join(dir, '.registry-ids');
  await importRegistry({ input: registry, asOf, outDir, reportFile: path.join(outDir, 'report.json') });
  const products = JSON.parse(await readFile(path.join(outDir, 'products.json'), 'utf8')) as Product[];
  await rm(outDir, { recursive: true, force: true });
  return products;
}

const HOURS = [
  { vi: '7:00–21:00 hằng ngày', en: '7 am–9 pm daily' },
  { vi: '8:00–17:00, nghỉ Chủ nhật', en: '8 am–5 pm, closed on Sundays' },
  { vi: '6:00–22:00', en: '6 am–10 pm' },
];

async function writePoints(contentDir: string, products: Product[], count: number, random: Random): Promise<void> {
  const dir = path.join(contentDir, 'points');
  await mkdir(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const anchor = pick(products, random);
    const kind = pick(POINT_KINDS, random);
    const sold = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(products, random).id);
    const point = {
      name: `Điểm OCOP ${anchor.name.split(' ').slice(-2).join(' ')} số ${i}`,
      kind,
      address: { provinceCode: anchor.address.provinceCode, street: `${1 + Math.floor(random() * 300)} đường Số ${1 + Math.floor(random() * 40)}` },
      location: { lat: round(9 + random() * 13.5), lon: round(103 + random() * 6.5) },
      openingHours: pick(HOURS, random),
      products: [...new Set(sold)].sort(),
      description: { vi: 'Gian hàng giới thiệu và bán sản phẩm OCOP của địa phương.', en: 'A shop showing and selling local OCOP products.' },
    };
    await writeFile(path.join(dir, `diem-ocop-${i}.json`), `${JSON.stringify(point, null, 2)}\n`);
  }
}

async function writeEvents(contentDir: string, products: Product[], count: number, random: Random): Promise<void> {
  const dir = path.join(contentDir, 'events');
  await mkdir(dir, { recursive: true });
  const first = Date.UTC(2025, 0, 1);
  for (let i = 1; i <= count; i++) {
    const start = new Date(first + Math.floor(random() * 900) * 86_400_000);
    const end = new Date(start.getTime() + Math.floor(random() * 6) * 86_400_000);
    const host = pick(products, random);
    const shown = Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(products, random));
    const event = {
      title: { vi: `Hội chợ OCOP số ${i}`, en: `OCOP fair no. ${i}` },
      startDate: start.toISOString().slice(0, 10),
      endDate: end.toISOString().slice(0, 10),
      opens: '08:00',
      closes: '21:00',
      venue: `Nhà văn hoá trung tâm ${i}`,
      address: { provinceCode: host.address.provinceCode, street: `${1 + Math.floor(random() * 200)} đường Trung tâm` },
      location: { lat: round(9 + random() * 13.5), lon: round(103 + random() * 6.5) },
      provinces: [...new Set(shown.map((product) => product.address.provinceCode))].sort(),
      products: [...new Set(shown.map((product) => product.id))].sort(),
      organiser: 'Sở Công Thương',
      summary: {
        vi: 'Hội chợ giới thiệu sản phẩm OCOP các tỉnh, có khu ẩm thực và trình diễn làng nghề.',
        en: 'A fair of OCOP products from many provinces, with food stalls and craft demonstrations.',
      },
    };
    await writeFile(path.join(dir, `hoi-cho-ocop-${i}.json`), `${JSON.stringify(event, null, 2)}\n`);
  }
}

const PARAGRAPHS = [
  'Từ những ngày đầu, cả gia đình cùng nhau làm sản phẩm theo cách ông bà truyền lại, chọn nguyên liệu tốt nhất của vùng và không dùng chất bảo quản.',
  'Khi tham gia chương trình OCOP, cơ sở được hướng dẫn làm bao bì, ghi nhãn và truy xuất nguồn gốc, nhờ đó sản phẩm vào được siêu thị và sàn thương mại điện tử.',
  'Mỗi mùa thu hoạch, bà con trong xã góp nguyên liệu, được trả giá ổn định và cùng chia lợi nhuận cuối năm.',
  'Khách ghé thăm có thể xem quy trình làm sản phẩm, nếm thử và mua tận nơi với giá tại vườn.',
];

async function writeStories(contentDir: string, products: Product[], count: number, random: Random): Promise<void> {
  const dir = path.join(contentDir, 'stories');
  await mkdir(dir, { recursive: true });
  const byProducer = new Map<string, Product[]>();
  for (const product of products) addToList(byProducer, product.producerId, product);
  const producers = [...byProducer.keys()].sort();
  for (let i = 1; i <= count; i++) {
    const producer = producers[Math.floor(random() * producers.length)]!;
    const told = byProducer.get(producer)!.slice(0, 2);
    const lang = random() < 0.9 ? 'vi' : 'en';
    const title = lang === 'vi' ? `Câu chuyện ${told[0]!.name}` : `The story of ${told[0]!.name}`;
    const body = [
      PARAGRAPHS[i % PARAGRAPHS.length],
      `## ${lang === 'vi' ? 'Làm ra sản phẩm' : 'Making it'}`,
      PARAGRAPHS[(i + 1) % PARAGRAPHS.length],
      `> "${PARAGRAPHS[(i + 2) % PARAGRAPHS.length]}"`,
      `${PARAGRAPHS[(i + 3) % PARAGRAPHS.length]} [Trang của cơ sở](https://example.vn/${producer}).`,
    ].join('\n\n');
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `lang: ${lang}`,
      `producer: ${producer}`,
      `products: [${told.map((product) => product.id).join(', ')}]`,
      `summary: ${JSON.stringify(PARAGRAPHS[i % PARAGRAPHS.length])}`,
      `published: "2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}"`,
      '---',
    ].join('\n');
    await writeFile(path.join(dir, `cau-chuyen-${i}.md`), `${frontMatter}\n${body}\n`);
  }
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '2026' },
      out: { type: 'string' },
      points: { type: 'string' },
      events: { type: 'string' },
      stories: { type: 'string' },
      'as-of': { type: 'string', default: FIXTURE_AS_OF },
    },
  });
  const fixture = await generateNationalFixture({
    products: Number(values.products),
    seed: Number(values.seed),
    ...(values.out ? { out: values.out } : {}),
    ...(values.points ? { points: Number(values.points) } : {}),
    ...(values.events ? { events: Number(values.events) } : {}),
    ...(values.stories ? { stories: Number(values.stories) } : {}),
    asOf: values['as-of'],
  });
  console.log(`national fixture in ${path.relative(process.cwd(), fixture.dir)}: registry.csv, images/, content/ (OCOP_HANDWRITTEN_DIR)`);
}
