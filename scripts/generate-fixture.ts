/**
 * Generates a national-scale synthetic registry export for benchmarks:
 *
 *   node scripts/generate-fixture.ts [--products 20000] [--seed 2026] [--shape plain|annex] [--out fixtures-out/national-registry.csv]
 *
 * Deterministic for a given seed. Shaped like the real thing: ~2 products per
 * producer (so ~10,000 producers for 20,000 products), 34 provinces with a skew
 * (one province holds ~20%), ~73% 3-star, ~26% 4-star and ~130 5-star products,
 * a mix of pre- and post-2025 addresses drawn from the real unit tables, re-rated
 * products appearing twice, expired, revoked and pending certificates, private
 * columns, and a few bad rows.
 *
 * `--shape annex` writes the same rows the way decision annexes come: semicolon
 * separated, two title lines and a blank line above the header, a heading row per
 * province, the address in one column, the decision number and date in one cell,
 * a third of the categories written as the sector only, and a total row.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import table from '../src/domain/data/admin-units.json' with { type: 'json' };
import { addToList } from '../src/domain/lists-by-key.ts';
import { exportCsv } from '../src/domain/spreadsheet-csv.ts';
import { registryDate } from './fixture/registry-date.ts';
import { pick as pickWith, seededRandom } from './fixture/seeded-random.ts';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string', default: 'fixtures-out/national-registry.csv' },
    shape: { type: 'string', default: 'plain' },
  },
});
const PRODUCTS = Number(values.products);
if (values.shape !== 'plain' && values.shape !== 'annex') throw new Error('--shape must be plain or annex');
if (!Number.isInteger(PRODUCTS) || PRODUCTS < 1) throw new Error('--products must be a positive whole number');

const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => pickWith(list, random);
const chance = (p: number): boolean => random() < p;

interface Data {
  provinces: Array<[string, string, string, string]>;
  communes: Record<string, Array<[string, string]>>;
  legacyProvinces: Array<[string, string, string]>;
  legacyCommunes: Record<string, Record<string, Array<[string, string]>>>;
}
const data = table as unknown as Data;

// Province weights: the first listed (Hà Nội) gets ~20%, the rest a gentle decline.
const provinces = data.provinces.map(([code, name]) => ({ code, name }));
const weights = provinces.map((p, i) => (p.code === '01' ? 11.5 : 1 + ((i * 7) % 11) / 10));
const totalWeight = weights.reduce((a, b) => a + b, 0);
function pickProvince() {
  let r = random() * totalWeight;
  for (let i = 0; i < provinces.length; i++) if ((r -= weights[i]!) < 0) return provinces[i]!;
  return provinces[provinces.length - 1]!;
}
// Old provinces that became each current one, with their districts and communes.
const oldByNew = new Map<string, Array<{ name: string; districts: Array<[string, Array<[string, string]>]> }>>();
for (const [oldCode, oldName, newCodes] of data.legacyProvinces) {
  const list = oldByNew.get(newCodes.split('|')[0]!) ?? [];
  list.push({ name: oldName, districts: Object.entries(data.legacyCommunes[oldCode] ?? {}) });
  oldByNew.set(newCodes.split('|')[0]!, list);
}

const KINDS: Array<[string, string]> = [
  ['Cà phê rang xay', 'Cà phê, ca cao'],
  ['Mật ong', 'Mật ong, mật khác và nông sản thực phẩm khác'],
  ['Nước mắm', 'Tương, nước mắm, gia vị dạng lỏng khác'],
  ['Gạo thơm', 'Gạo, ngũ cốc, hạt sơ chế khác'],
  ['Chè xanh', 'Chè tươi, chè chế biến'],
  ['Trà thảo mộc', 'Sản phẩm chè từ thực vật khác'],
  ['Bánh tráng', 'Chế biến từ gạo, ngũ cốc'],
  ['Miến dong', 'Chế biến từ rau, củ, quả, hạt'],
  ['Chả cá', 'Chế biến từ thịt, thủy sản, trứng, sữa, mật ong và nông sản thực phẩm khác'],
  ['Bưởi', 'Rau, củ, quả, hạt tươi'],
  ['Trứng gà sạch', 'Thịt, thủy sản, trứng, sữa tươi'],
  ['Hồ tiêu', 'Gia vị khác (muối, hành, tỏi, tiêu…)'],
  ['Rượu nếp', 'Rượu trắng'],
  ['Nước ép trái cây', 'Đồ uống không cồn khác'],
  ['Cao dược liệu', 'Thảo dược'],
  ['Tinh dầu sả', 'Tinh dầu và dược liệu khác'],
  ['Mây tre đan', 'Thủ công mỹ nghệ gia dụng, trang trí'],
  ['Thổ cẩm', 'Vải và may mặc'],
  ['Lan rừng', 'Hoa'],
  ['Du lịch cộng đồng', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'],
  ['Đường phèn', 'Mật ong, mật khác và nông sản thực phẩm khác'],
  ['Mứt gừng', 'Chế biến từ rau, củ, quả, hạt'],
  ['Xúc xích', 'Đồ ăn nhanh'],
  ['Xà phòng thảo dược', 'Mỹ phẩm có thành phần từ dược liệu'],
];
/** The sector each set above is filed under when an annex writes only the sector (QĐ 26/2026 words, or QĐ 1048's where lists still use them). */
const SECTOR_OF: Record<string, string> = Object.fromEntries(
  KINDS.map(([, set], i) => [
    set,
    i < 12 || [20, 21, 22].includes(i)
      ? 'Thực phẩm'
      : i < 14
        ? 'Đồ uống'
        : i < 16
          ? 'Thảo dược'
          : i < 18
            ? 'Thủ công mỹ nghệ'
            : i === 18
              ? 'Sinh vật cảnh'
              : i === 23
                ? 'Thảo dược'
                : set,
  ]),
);
const ADJECTIVES = ['Xanh', 'Vàng', 'Quê', 'Mới', 'Phát', 'Thịnh', 'An', 'Hưng', 'Lộc', 'Phúc', 'Tâm', 'Việt', 'Sơn', 'Hà', 'Minh', 'Hòa'];
const TYPES: Array<[string, string, number]> = [
  ['HTX', 'HTX', 0.33],
  ['Công ty TNHH', 'Doanh nghiệp', 0.24],
  ['Hộ kinh doanh', 'Hộ kinh doanh', 0.33],
  ['Tổ hợp tác', 'THT', 0.05],
  ['Trang trại', 'Trang trại', 0.04],
  ['Ban quản lý', 'Khác', 0.01],
];
function pickType() {
  let r = random();
  for (const type of TYPES) if ((r -= type[2]) < 0) return type;
  return TYPES[0]!;
}

const HEADER = [
  'STT',
  'Mã SP',
  'Tên sản phẩm',
  'Tên chủ thể',
  'Loại hình chủ thể',
  'Hạng sao',
  'Điểm',
  'Số QĐ',
  'Ngày QĐ',
  'Ngày hết hạn',
  'Cơ quan công nhận',
  'Trạng thái',
  'Ngày thu hồi',
  'Nhóm SP',
  'Tỉnh/TP',
  'Huyện',
  'Xã/Phường',
  'Địa chỉ',
  'Vĩ độ',
  'Kinh độ',
  'Mô tả',
  'Ảnh',
  'Website',
  'Link TMĐT',
  'Truy xuất nguồn gốc',
  'Tiêu chuẩn',
  'SĐT liên hệ',
  'Email',
  'Công khai liên hệ',
  'Số CCCD',
  'SĐT cá nhân',
  'Ghi chú nội bộ',
];

const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 5, 1);
const LAST = Date.UTC(2026, 9, 31);
const REFORM = Date.UTC(2025, 6, 1);
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

interface Producer {
  name: string;
  typeLabel: string;
  household: boolean;
  province: { code: string; name: string };
  old: { province: string; district: string; commune: string } | null;
  commune: string;
  lat: number;
  lon: number;
}
const producers: Producer[] = [];
function newProducer(): Producer {
  const province = pickProvince();
  const [prefix, typeLabel] = pickType();
  const communes = data.communes[province.code]!;
  const commune = pick(communes)[1];
  const olds = oldByNew.get(province.code) ?? [];
  let old: Producer['old'] = null;
  if (olds.length > 0 && chance(0.5)) {
    const oldProvince = pick(olds);
    const [district, list] = pick(oldProvince.districts);
    old = { province: oldProvince.name, district, commune: pick(list)[0] };
  }
  const place = commune.replace(/^(Xã|Phường|Đặc khu) /, '');
  const producer = {
    name: `${prefix} ${pick(ADJECTIVES)} ${pick(ADJECTIVES)} ${place} ${producers.length + 1}`,
    typeLabel,
    household: typeLabel === 'Hộ kinh doanh',
    province,
    old,
    commune,
    lat: 8.6 + random() * 14.5,
    lon: 102.2 + random() * 7.3,
  };
  producers.push(producer);
  return producer;
}

const rows: Array<{ province: string; cells: Record<string, string> }> = [];
const perProvince = new Map<string, number>();
let rowNumber = 0;
let fiveStars = 0;
const fiveStarTarget = Math.round((PRODUCTS * 130) / 20_000);
let currentProvince = '';
function addRow(cells: Record<string, string>): void {
  rowNumber++;
  rows.push({ province: currentProvince, cells });
}

for (let i = 0; i < PRODUCTS; i++) {
  // Half the time a new producer, else one already seen: ~2 products per producer.
  const producer = producers.length === 0 || chance(0.5) ? newProducer() : pick(producers);
  currentProvince = producer.province.name;
  const [kind, category] = pick(KINDS);
  const n = (perProvince.get(producer.province.code) ?? 0) + 1;
  perProvince.set(producer.province.code, n);
  const code = `P${producer.province.code}-${String(n).padStart(5, '0')}`;
  const stars = fiveStars < fiveStarTarget && chance(0.008) ? 5 : chance(0.265) ? 4 : 3;
  if (stars === 5) fiveStars++;
  const score = stars === 5 ? 90 + Math.floor(random() * 8) : stars === 4 ? 70 + Math.floor(random() * 20) : 50 + Math.floor(random() * 20);
  const decided = FIRST + Math.floor(random() * ((LAST - FIRST) / DAY)) * DAY;
  const useOld = producer.old !== null && decided < REFORM;
  const status = chance(0.02) ? 'Đã thu hồi' : chance(0.03) ? 'Đang đánh giá lại' : 'Còn hiệu lực';
  const cells: Record<string, string> = {
    'Mã SP': code,
    'Tên sản phẩm': `${kind} ${pick(ADJECTIVES)} ${producer.commune.replace(/^(Xã|Phường|Đặc khu) /, '')}`,
    'Tên chủ thể': producer.name,
    'Loại hình chủ thể': producer.typeLabel,
    'Hạng sao': chance(0.3) ? `${stars} sao` : String(stars),
    Điểm: chance(0.8) ? String(score) : '',
    'Số QĐ': `${100 + Math.floor(random() * 4000)}/QĐ-${stars === 5 ? 'BNNMT' : 'UBND'}`,
    'Ngày QĐ': registryDate(decided),
    'Cơ quan công nhận': stars === 5 ? 'Bộ Nông nghiệp và Môi trường' : `UBND ${useOld ? producer.old!.province : producer.province.name}`,
    'Trạng thái': status,
    'Ngày thu hồi': status === 'Đã thu hồi' ? registryDate(decided + 300 * DAY) : '',
    'Nhóm SP': category,
    'Tỉnh/TP': useOld ? producer.old!.province : producer.province.name,
    Huyện: useOld ? producer.old!.district : '',
    'Xã/Phường': useOld ? producer.old!.commune : producer.commune,
    'Địa chỉ': `Thôn ${1 + Math.floor(random() * 12)}`,
    'Vĩ độ': chance(0.6) ? producer.lat.toFixed(5) : '',
    'Kinh độ': '',
    'Mô tả': `${kind} làm từ nguyên liệu địa phương, đóng gói tiện lợi.`,
    'Link TMĐT': chance(0.2) ? `https://shopee.vn/ocop-${code.toLowerCase()}` : '',
    'Tiêu chuẩn': chance(0.2) ? pick(['VietGAP', 'HACCP', 'ISO 22000', 'Hữu cơ']) : '',
    'SĐT liên hệ': producer.household ? `09${digits(8)}` : `02${digits(2)} ${digits(7)}`,
    'Công khai liên hệ': producer.household ? (chance(0.2) ? 'Có' : 'Không') : 'x',
    'Số CCCD': `0${digits(11)}`,
    'SĐT cá nhân': `09${digits(8)}`,
    'Ghi chú nội bộ': chance(0.1) ? 'Chờ bổ sung hồ sơ' : '',
  };
  if (cells['Vĩ độ']) cells['Kinh độ'] = producer.lon.toFixed(5);
  // Re-rated products appear twice: an older 3-star decision, superseded by this one.
  if (chance(0.03))
    addRow({ ...cells, 'Hạng sao': '3', Điểm: '', 'Ngày QĐ': registryDate(decided - 1100 * DAY), 'Trạng thái': 'Còn hiệu lực', 'Ngày thu hồi': '' });
  // A few bad rows, as real exports have.
  if (chance(0.004))
    pick<() => void>([
      () => (cells['Ngày QĐ'] = '31/02/2025'),
      () => Object.assign(cells, { 'Hạng sao': '4', Điểm: '62' }),
      () => (cells['Nhóm SP'] = 'Đồ điện gia dụng'),
      () => Object.assign(cells, { 'Vĩ độ': '35.68', 'Kinh độ': '139.69' }),
      () => (cells['Tên sản phẩm'] = ''),
    ])();
  addRow(cells);
}

const text = values.shape === 'annex' ? exportCsv(annexRows(), ';') : exportCsv(plainRows());
await mkdir(path.dirname(path.resolve(values.out!)), { recursive: true });
await writeFile(values.out!, text);
console.log(
  `wrote ${values.out}: ${rowNumber} rows, ${PRODUCTS} products, ${producers.length} producers, ${fiveStars} five-star, ${perProvince.size} provinces (largest ${Math.max(...perProvince.values())})`,
);

function plainRows(): string[][] {
  return [HEADER, ...rows.map(({ cells }, i) => HEADER.map((h) => (h === 'STT' ? String(i + 1) : (cells[h] ?? ''))))];
}

/** The rows in the layout of a decision annex (see the top of this file). */
function annexRows(): string[][] {
  const columns = [
    'STT',
    'Mã SP',
    'Tên sản phẩm',
    'Chủ thể sản xuất',
    'Loại hình chủ thể',
    'Địa chỉ',
    'Phân loại',
    'Hạng sao',
    'Điểm',
    'Số, ngày QĐ',
    'Cơ quan công nhận',
    'Trạng thái',
    'Ngày thu hồi',
    'Mô tả',
    'SĐT liên hệ',
    'Công khai liên hệ',
    'Số CCCD',
    'SĐT cá nhân',
  ];
  const line = (values: string[]): string[] => columns.map((_, i) => values[i] ?? '');
  const out = [
    line(['DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN OCOP']),
    line(['(Tổng hợp từ các quyết định công nhận của UBND các tỉnh, thành phố)']),
    line([]),
    line(columns),
  ];
  const byProvince = new Map<string, Array<Record<string, string>>>();
  for (const { province, cells } of rows) addToList(byProvince, province, cells);
  let heading = 0;
  for (const [province, list] of byProvince) {
    out.push(line([`${roman(++heading)}. ${province.toUpperCase()}`]));
    list.forEach((c, i) => {
      const address = [c['Địa chỉ'], c['Xã/Phường'], c['Huyện'], c['Tỉnh/TP']].filter(Boolean).join(', ');
      const sector = c['Nhóm SP'] === 'Đồ điện gia dụng' || !SECTOR_OF[c['Nhóm SP']!] || i % 3 !== 0 ? c['Nhóm SP']! : SECTOR_OF[c['Nhóm SP']!]!;
      out.push(
        line([
          String(i + 1),
          c['Mã SP']!,
          c['Tên sản phẩm']!,
          c['Tên chủ thể']!,
          c['Loại hình chủ thể']!,
          address,
          sector,
          c['Hạng sao']!,
          c['Điểm']!,
          `${c['Số QĐ']} ngày ${c['Ngày QĐ']}`,
          c['Cơ quan công nhận']!,
          c['Trạng thái']!,
          c['Ngày thu hồi']!,
          c['Mô tả']!,
          c['SĐT liên hệ']!,
          c['Công khai liên hệ']!,
          c['Số CCCD']!,
          c['SĐT cá nhân']!,
        ]),
      );
    });
  }
  out.push(line([`Tổng cộng: ${rows.length} sản phẩm`]));
  return out;
}

function roman(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let text = '';
  for (const [value, numeral] of numerals) {
    while (n >= value) {
      text += numeral;
      n -= value;
    }
  }
  return text;
}
