/**
 * Category cells as registry exports write them → a place in the QĐ 26/2026 taxonomy.
 *
 * Exports carry set labels, group labels, sector labels (offices often write only
 * "Thực phẩm" or "Đồ uống"), chains like "Thực phẩm chế biến - Chế biến từ gạo,
 * ngũ cốc", the labels of QĐ 1048/2019, or the project's keys (`I.3.b`). The
 * label decides the most specific level it names. When that is a sector or a
 * group, the product name may place it further, but only where a clear keyword
 * decides (`inferFromName`); every such reading comes back with a `note` for the
 * report, and so does a product left at its sector or group.
 */
import { addToList } from './lists-by-key.ts';
import { PRODUCT_SETS, SECTORS, categoryByKey, isWithin, type CategoryLevel } from './taxonomy.ts';
import { matchKey } from './text.ts';

/**
 * QĐ 1048/2019 labels and common shorthands that still appear in exports, with
 * the key each became. The QĐ 1048 sectors follow the rules page: Thảo dược → III
 * (the sector: its products are placed from their names), Vải và may mặc → IV.2,
 * Lưu niệm – nội thất – trang trí → IV.1, Dịch vụ du lịch nông thôn, bán hàng → VI.1.
 * A current label always wins over a shorthand: "Chè" is today the group I.5 and
 * "Thủ công mỹ nghệ" the sector IV, so neither is read as one of their sets.
 */
const LEGACY_LABELS: Record<string, string> = {
  'thao duoc': 'III',
  'thao duoc khac': 'III.3',
  'san pham khac tu thao duoc': 'III.3',
  'tra thao duoc': 'I.5.b',
  'thuc pham chuc nang thuoc duoc lieu thuoc y hoc co truyen': 'III.1',
  'thuc pham chuc nang': 'III.1',
  'my pham': 'III.2',
  'my pham co nguon goc thao duoc': 'III.2',
  'duoc lieu': 'III',
  'vai va may mac': 'IV.2',
  'vai may mac': 'IV.2',
  'luu niem noi that trang tri': 'IV.1',
  'do luu niem noi that trang tri': 'IV.1',
  'dich vu du lich nong thon ban hang': 'VI.1',
  'dich vu du lich nong thon': 'VI.1',
  'dich vu du lich': 'VI.1',
  'du lich cong dong': 'VI.1',
  'nong san tuoi song': 'I.1.a',
  'rau cu qua tuoi': 'I.1.a',
  'thit trung sua tuoi': 'I.1.b',
  'thuy san tuoi song': 'I.1.b',
  'nong san thuc pham tho so che': 'I.2.a',
  'gao ngu coc': 'I.2.a',
  'mat ong': 'I.2.b',
  'do an nhanh': 'I.3.a',
  'thuc pham che bien tu gao ngu coc': 'I.3.b',
  'rau cu qua che bien': 'I.3.c',
  'nuoc mam': 'I.4.a',
  'tuong nuoc mam gia vi dang long khac': 'I.4.a',
  'gia vi khac': 'I.4.b',
  tra: 'I.5',
  'ca phe': 'I.6',
  'ca cao': 'I.6',
  ruou: 'II.1.a',
  'ruou trang': 'II.1.a',
  'do uong co con khac': 'II.1.b',
  'nuoc khoang': 'II.2.a',
  'do uong khong con khac': 'II.2.b',
  hoa: 'V.1',
  'cay canh': 'V.2',
  'dong vat canh': 'V.3',
};

const LEVEL_RANK: Record<CategoryLevel, number> = { sector: 0, group: 1, set: 2 };

// Folded label → key. Sectors first, then groups, then sets, so a label shared by
// several levels (VI's sector, group and set are one name) means the most specific.
const byLabel = new Map<string, string>();
for (const sector of SECTORS) {
  byLabel.set(matchKey(sector.label.vi), sector.key);
  for (const group of sector.groups) byLabel.set(matchKey(group.label.vi), group.key);
}
for (const set of PRODUCT_SETS) byLabel.set(matchKey(set.label.vi), set.key);
const currentLabels = new Set(byLabel.keys());
for (const [label, key] of Object.entries(LEGACY_LABELS)) if (!currentLabels.has(label)) byLabel.set(label, key);

// Project keys, any case: `i.3.b`, `I 3 b` are not accepted, `I.3.B` is.
const byKey = new Map<string, string>();
for (const sector of SECTORS) {
  byKey.set(sector.key.toLowerCase(), sector.key);
  for (const group of sector.groups) byKey.set(group.key.toLowerCase(), group.key);
}
for (const set of PRODUCT_SETS) byKey.set(set.key.toLowerCase(), set.key);

/** The most specific key a taxonomy key stands for: a sector or group of one set is that set. */
function mostSpecific(key: string): string {
  const c = categoryByKey(key);
  const sets = c.group ? c.group.sets : c.sector.groups.flatMap((g) => g.sets);
  return c.level !== 'set' && sets.length === 1 ? sets[0]!.key : c.key;
}

export type LabelMatch = { ok: true; key: string; level: CategoryLevel; legacy: boolean } | { ok: false; reason: string };

/**
 * What a category cell names on its own: the key of the most specific level it
 * names, `legacy` when that came from a QĐ 1048 label or a shorthand.
 */
export function categoryFromLabel(label: string): LabelMatch {
  const trimmed = label.normalize('NFC').trim();
  if (!trimmed) return { ok: false, reason: 'no category given' };
  const asKey = byKey.get(trimmed.replace(/\s+/g, '').toLowerCase());
  if (asKey) {
    const key = mostSpecific(asKey);
    return { ok: true, key, level: categoryByKey(key).level, legacy: false };
  }
  // "Sector – group – set" chains: the most specific part decides (on a tie, the later part).
  const parts = [trimmed, ...trimmed.split(/\s[-–—>/|:]\s|[>/|;]/).reverse()];
  let best: { key: string; level: CategoryLevel; legacy: boolean } | undefined;
  for (const part of parts) {
    const folded = matchKey(part.replace(/^\s*([ivx]+|\d+)(\.\d+)*[.)]\s+/i, ''));
    const found = byLabel.get(folded);
    if (!found) continue;
    const key = mostSpecific(found);
    const level = categoryByKey(key).level;
    if (!best || LEVEL_RANK[level] > LEVEL_RANK[best.level]) best = { key, level, legacy: !currentLabels.has(folded) };
    if (level === 'set') break;
  }
  if (best) return { ok: true, ...best };
  return { ok: false, reason: `unknown category "${trimmed}"; expected a sector, group or product set of QĐ 26/2026, its key (e.g. I.3.b) or a QĐ 1048 label` };
}

// ---------------------------------------------------------------------------
// Reading the product name

/**
 * One keyword rule. A rule fires only when the product NAME OPENS with one of its
 * words (Vietnamese puts the kind of product first: "Mật ong hoa cà phê" is
 * honey, "Kẹo cà phê" is a sweet, "Cá kho tiêu" is fish), after optional
 * lead-ins ("Bộ sản phẩm", "Sản phẩm", "Đặc sản", "Hạt", "Bột": "Bột ca cao" is cocoa).
 *
 * Words are compared folded with `matchKey`, word by word, so "rượu" never
 * matches inside another word. A ONE-WORD keyword must also match with its
 * diacritics, because folding merges words that differ only by their marks
 * (chè/chế, tiêu/tiểu, muối/mười, tỏi/tối, gạo/gáo, mắm/mầm, hoa/hòa, vải/vài);
 * a phrase of two words or more matches folded ("ca phe bot" is cà phê). None
 * of the one-word keywords has a tone on an open oa/oe/uy syllable, so the old
 * and new placements of tone marks (hoà/hòa) cannot differ on them.
 */
interface NameRule {
  opens: readonly string[];
  /** The set, or the group when the opening words alone do not decide the set. */
  key: string;
  /** For a group: words anywhere after the opening that place the product in one of its sets. */
  sets?: Readonly<Record<string, readonly string[]>>;
  /** Words anywhere after the opening that make it another product ("chè đậu" is a dessert, not tea). */
  unless?: readonly string[];
  /** Lead-ins that make it another product ("bột gạo" is a flour, processed: not rice grain). */
  notAfter?: readonly string[];
  /** The words decide even with no category given; otherwise only within the sector or group the export names. */
  decisive?: boolean;
  /** Sectors or groups of another sector under which exports file this product, which QĐ 26/2026 places here. */
  filedUnder?: readonly string[];
  /** Why QĐ 26/2026 moves it, for the report. */
  why?: string;
  /** A filing that itself says which set (a tea filed as a herbal product is a herbal tea). */
  impliedSet?: Readonly<Record<string, string>>;
}

// Tea plant (Camellia sinensis) and herbal teas: I.5.a "chè tươi, chè chế biến",
// I.5.b "sản phẩm chè từ thực vật khác". Plain "Chè Thái Nguyên" or "Trà Bảo Lộc"
// names no kind, so it stays in the group I.5: a herbal tea named after a plant
// this list lacks would otherwise be misfiled as tea.
const TEA_PLANT = [
  'xanh',
  'shan',
  'shan tuyết',
  'ô long',
  'oolong',
  'olong',
  'đen',
  'búp',
  'móc câu',
  'nõn tôm',
  'đinh',
  'bát tiên',
  'kim tuyên',
  'matcha',
  'sencha',
  'nhài',
  'lài',
];
const HERBAL = [
  'atiso',
  'actiso',
  'a ti sô',
  'hoa',
  'gừng',
  'sả',
  'vối',
  'vằng',
  'dây',
  'cà gai leo',
  'giảo cổ lam',
  'đinh lăng',
  'mãng cầu',
  'ổi',
  'khổ qua',
  'mướp đắng',
  'râu ngô',
  'cỏ ngọt',
  'bí đao',
  'linh chi',
  'nấm',
  'sâm',
  'thảo mộc',
  'thảo dược',
  'gạo lứt',
  'đậu đen',
  'lá sen',
  'tâm sen',
  'tam thất',
  'nghệ',
  'quế',
  'hà thủ ô',
  'kim tiền thảo',
  'diệp hạ châu',
  'xạ đen',
  'chùm ngây',
];
// "Chè" is also the sweet dessert soup: chè đậu, chè bưởi, chè lam (a rice sweet)…
const DESSERT = [
  'đậu',
  'đỗ',
  'bưởi',
  'khoai',
  'trôi nước',
  'lam',
  'kho',
  'hạt sen',
  'ba màu',
  'thưng',
  'dừa',
  'con ông',
  'bà cốt',
  'sắn',
  'ngô',
  'chuối',
  'bánh lọt',
  'khúc bạch',
  'sương sa',
];
const TEA_SETS = { 'I.5.a': TEA_PLANT, 'I.5.b': HERBAL };
const TEA_WHY = 'QĐ 26/2026 classes tea, herbal teas included, as Thực phẩm (I.5 Chè)';

// White spirits (II.1.a) against fruit wines, infusions, liqueurs and jar wines
// (II.1.b: Gia Lai files "rượu ghè … men lá" there). Leaf yeast (men lá) makes
// both, so it decides nothing. A "Rượu <place>" names no kind and stays in the group II.1.
const WHITE_SPIRIT = ['trắng', 'gạo', 'nếp', 'ngô', 'đế', 'sắn', 'thóc'];
const OTHER_ALCOHOL = [
  'vang',
  'sim',
  'mơ',
  'mận',
  'táo',
  'táo mèo',
  'sơn tra',
  'chuối',
  'chuối hột',
  'thanh long',
  'ba kích',
  'đinh lăng',
  'sâm',
  'thuốc',
  'nhung',
  'nho',
  'dâu',
  'nếp than',
  'nếp cẩm',
  'cà phê',
  'mật ong',
  'hoa quả',
  'trái cây',
  'dứa',
  'ngâm',
  'thảo dược',
  'ong',
  'đông trùng',
  'đông trùng hạ thảo',
  'yến',
  'cần',
  'ghè',
];

const RULES: readonly NameRule[] = [
  {
    opens: ['cà phê', 'ca cao', 'cacao', 'cafe', 'café'],
    key: 'I.6',
    decisive: true,
    filedUnder: ['II', 'II.2'],
    why: 'QĐ 26/2026 classes coffee and cocoa as Thực phẩm (I.6)',
  },
  {
    opens: ['chè'],
    key: 'I.5',
    sets: TEA_SETS,
    unless: DESSERT,
    decisive: true,
    filedUnder: ['II', 'II.2', 'III'],
    why: TEA_WHY,
    impliedSet: { III: 'I.5.b' },
  },
  { opens: ['trà'], key: 'I.5', sets: TEA_SETS, decisive: true, filedUnder: ['II', 'II.2', 'III'], why: TEA_WHY, impliedSet: { III: 'I.5.b' } },
  { opens: ['nước mắm', 'mắm', 'tương', 'nước tương', 'xì dầu'], key: 'I.4.a', decisive: true },
  { opens: ['muối', 'tiêu', 'hồ tiêu', 'tỏi', 'hành tím', 'hành khô'], key: 'I.4.b', decisive: true },
  { opens: ['gạo', 'nếp'], key: 'I.2.a', unless: ['sấy', 'rang', 'cốm', 'thanh', 'rong biển'], notAfter: ['bột'], decisive: true },
  { opens: ['mật ong'], key: 'I.2.b', decisive: true },
  {
    opens: ['bánh tráng', 'bánh đa', 'bánh gai', 'bánh chưng', 'bánh tét', 'bánh giầy', 'bánh dày', 'bánh phở', 'bánh gio', 'bún khô', 'phở khô', 'cốm'],
    key: 'I.3.b',
    unless: ['trộn', 'cua', 'ăn liền'],
    decisive: true,
  },
  { opens: ['mứt'], key: 'I.3.c', decisive: true },
  { opens: ['chả', 'lạp xưởng', 'lạp xường', 'nem chua', 'khô', 'giò', 'xúc xích', 'sữa chua'], key: 'I.3.d', decisive: true },
  { opens: ['rượu'], key: 'II.1', sets: { 'II.1.a': WHITE_SPIRIT, 'II.1.b': OTHER_ALCOHOL }, decisive: true },
  { opens: ['vang', 'bia'], key: 'II.1.b', decisive: true },
  { opens: ['nước khoáng', 'nước uống đóng chai', 'nước tinh khiết', 'nước suối'], key: 'II.2.a', decisive: true },
  { opens: ['nước ép'], key: 'II.2.b', decisive: true },
  { opens: ['nước cốt'], key: 'II.2.b' }, // "nước cốt dừa" under Thực phẩm is a cooking ingredient
  { opens: ['thực phẩm chức năng', 'viên', 'viên nang', 'cao', 'thuốc'], key: 'III.1' },
  { opens: ['mỹ phẩm', 'dầu gội', 'dầu xả', 'sữa tắm', 'xà phòng', 'xà bông', 'nước súc miệng'], key: 'III.2', decisive: true },
  { opens: ['son', 'kem'], key: 'III.2' },
  { opens: ['tinh dầu'], key: 'III.3', decisive: true },
  { opens: ['thổ cẩm', 'tơ tằm', 'lụa'], key: 'IV.2', decisive: true },
  { opens: ['khăn', 'áo', 'vải', 'váy', 'dệt', 'thêu', 'tơ'], key: 'IV.2' },
  { opens: ['gốm', 'gốm sứ', 'mây tre', 'sơn mài', 'đồ gỗ', 'đèn lồng'], key: 'IV.1', decisive: true },
  { opens: ['mây', 'tre', 'nón', 'chiếu', 'cói', 'tượng', 'tranh', 'giỏ', 'ngọc trai', 'lục bình'], key: 'IV.1' },
  { opens: ['hoa', 'hoa lan', 'lan', 'cúc'], key: 'V.1' },
  { opens: ['cây cảnh', 'cây', 'bonsai', 'bon sai', 'quất cảnh', 'tiểu cảnh'], key: 'V.2' },
  { opens: ['cá cảnh', 'cá', 'chim', 'chim cảnh'], key: 'V.3' },
];

const LEAD_INS = ['bộ sản phẩm', 'sản phẩm', 'đặc sản', 'hạt', 'bột'];

interface Phrase {
  /** Lower-case NFC words, with their marks. */
  marked: string[];
  folded: string[];
}

function phrase(text: string): Phrase {
  const marked = words(text);
  // Folding the whole text once is cheaper than word by word; a letter that does
  // not fold to a-z (none in Vietnamese) would shift the words, so then word by word.
  const whole = matchKey(text).split(' ').filter(Boolean);
  return { marked, folded: whole.length === marked.length ? whole : marked.map(matchKey) };
}

// Spaces and punctuation (ASCII, Latin-1, the General Punctuation block: ’ – …).
// Anything else that is not a letter makes the folded words disagree, and `phrase` then folds word by word.
const WORD_BREAK = /[\s!-/:-@[-`{-~\u00A0-\u00BF\u2000-\u206F]+/;

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(WORD_BREAK).filter(Boolean);
}

/** True when `p` stands at `at` in the name's words. */
function standsAt(p: Phrase, name: Phrase, at: number): boolean {
  if (at + p.folded.length > name.folded.length) return false;
  if (p.marked.length === 1) return name.marked[at] === p.marked[0];
  return p.folded.every((word, i) => name.folded[at + i] === word);
}

interface Marker {
  phrase: Phrase;
  text: string;
  set: string;
}

interface CompiledRule extends NameRule {
  openings: Phrase[];
  /** Words after the opening that pick a set, by first folded word, longest first ("đinh lăng" before "đinh"). */
  markers: Map<string, Marker[]>;
  unlessPhrases: Map<string, Phrase[]>;
}

function byFirstWord<T extends { phrase: Phrase }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => b.phrase.folded.length - a.phrase.folded.length)) {
    const first = item.phrase.folded[0]!;
    addToList(map, first, item);
  }
  return map;
}

const COMPILED: CompiledRule[] = RULES.map((rule) => ({
  ...rule,
  openings: rule.opens.map(phrase),
  markers: byFirstWord(Object.entries(rule.sets ?? {}).flatMap(([set, list]) => list.map((text) => ({ phrase: phrase(text), text, set })))),
  unlessPhrases: new Map(
    [...byFirstWord((rule.unless ?? []).map((text) => ({ phrase: phrase(text) })))].map(([first, list]) => [first, list.map((u) => u.phrase)]),
  ),
}));
const LEAD_IN_PHRASES = LEAD_INS.map(phrase);
// Openings by their first folded word: a name meets only the few that can start it.
const OPENINGS = new Map<string, Array<{ rule: CompiledRule; opening: Phrase; index: number }>>();
for (const rule of COMPILED) {
  rule.openings.forEach((opening, index) => {
    const first = opening.folded[0]!;
    addToList(OPENINGS, first, { rule, opening, index });
  });
}

/** What the name says, whether or not the category allows it. */
interface NameReading {
  rule: CompiledRule;
  /** The opening words as the rule writes them. */
  keyword: string;
  /** The key the name points to: the rule's set, or a set of its group, or the group. */
  key: string;
  /** The product name points to several sets of the rule's group: which, and why. */
  conflict?: string[];
}

function readName(productName: string, filing: string | undefined): NameReading | undefined {
  const name = phrase(productName);
  let start = 0;
  const leads: string[] = [];
  for (let more = true; more; ) {
    more = false;
    LEAD_IN_PHRASES.forEach((lead, i) => {
      if (!more && standsAt(lead, name, start) && name.folded.length > start + lead.folded.length) {
        leads.push(LEAD_INS[i]!);
        start += lead.folded.length;
        more = true;
      }
    });
  }
  // The longest opening wins ("nước mắm" over "mắm", "shan tuyết" is a marker, not an opening).
  let best: { rule: CompiledRule; opening: Phrase; index: number } | undefined;
  for (const candidate of OPENINGS.get(name.folded[start] ?? '') ?? []) {
    if (standsAt(candidate.opening, name, start) && (!best || candidate.opening.folded.length > best.opening.folded.length)) best = candidate;
  }
  if (!best) return undefined;
  const { rule, opening } = best;
  if (rule.notAfter?.some((lead) => leads.includes(lead))) return undefined;
  const keyword = rule.opens[best.index]!;
  const after = start + opening.folded.length;
  for (let at = after; at < name.folded.length; at++) {
    if (rule.unlessPhrases.get(name.folded[at]!)?.some((u) => standsAt(u, name, at))) return undefined;
  }
  if (!rule.sets) return { rule, keyword, key: rule.key };
  // Set key → why (the first word that points there, or the filing).
  const found = new Map<string, string>();
  const implied = filing ? rule.impliedSet?.[filing] : undefined;
  if (implied) found.set(implied, `${implied} as filed under ${filing}`);
  for (let at = after; at < name.folded.length; ) {
    const marker = rule.markers.get(name.folded[at]!)?.find((m) => standsAt(m.phrase, name, at));
    if (!marker) {
      at++;
      continue;
    }
    if (!found.has(marker.set)) found.set(marker.set, `${marker.set} from "${marker.text}"`);
    at += marker.phrase.folded.length;
  }
  if (found.size === 1) return { rule, keyword, key: [...found.keys()][0]! };
  if (found.size > 1) return { rule, keyword, key: rule.key, conflict: [...found.values()] };
  return { rule, keyword, key: rule.key };
}

/** How the product name moved the category; the report says it. */
export interface NameInference {
  /** `name`: a keyword placed it within what the export says; `sector-rule`: QĐ 26/2026 places that product in another sector. */
  from: 'name' | 'sector-rule';
  /** The opening words of the name that decided, as the rule writes them (e.g. `cà phê`). */
  keyword: string;
  reason: string;
}

/**
 * Where the product name places a product known down to `known` (a sector or
 * group key, or undefined when the export gives no category): the key it reads
 * and how, or undefined when no keyword decides. A conflict or a reading outside
 * `known` returns the key unchanged, with the reason, so the report can say why.
 */
export function inferFromName(known: string | undefined, productName: string): { key: string; inferred?: NameInference; why?: string } | undefined {
  const reading = readName(productName, known);
  if (!reading) return undefined;
  const { rule, keyword } = reading;
  const label = (key: string) => `${key} (${categoryByKey(key).label.vi})`;
  let from: NameInference['from'];
  if (known === undefined) {
    if (!rule.decisive) return undefined;
    from = 'name';
  } else if (isWithin(reading.key, known)) from = 'name';
  else if (rule.filedUnder?.includes(known)) from = 'sector-rule';
  else if (!rule.decisive)
    return undefined; // "Cá kho" under Thực phẩm is food, not an ornamental fish
  else {
    const where = categoryByKey(known);
    return { key: known, why: `the product name opens with "${keyword}", which reads as ${label(reading.key)}, outside ${where.label.vi}; not used` };
  }
  const conflict = reading.conflict ? `the product name points to several product sets (${reading.conflict.join(', ')})` : undefined;
  if (reading.key === known) return { key: known, ...(conflict ? { why: conflict } : {}) };
  const level = categoryByKey(reading.key).level;
  const read = `${level === 'set' ? 'product set' : 'group'} ${label(reading.key)} read from "${keyword}" in the product name`;
  const rest = conflict ? `; ${conflict}` : level === 'group' ? '; the set is not clear from it' : '';
  const reason = from === 'sector-rule' ? `${read} (${rule.why})${rest}` : `${read}${rest}`;
  return { key: reading.key, inferred: { from, keyword, reason } };
}

export type CategoryMatch =
  | {
      ok: true;
      /** The most specific key known: a set, a group or a sector (see `category` in src/schemas/product.ts). */
      key: string;
      level: CategoryLevel;
      /** The cell used a QĐ 1048 label or a shorthand. */
      legacy: boolean;
      /** Set when the product name placed the product further than the cell did. */
      inferred?: NameInference;
      /** A sentence for the report's warnings: present whenever the name was read or the set stays unknown. */
      note?: string;
    }
  | { ok: false; reason: string };

// A national export repeats a few dozen category labels 20,000 times: each distinct
// cell is read once. Names differ per row; they are read only when the cell stops
// short of a set, which costs one split of the name and a few comparisons.
const labelCache = new Map<string, LabelMatch>();
function cachedLabel(label: string): LabelMatch {
  let match = labelCache.get(label);
  if (!match) {
    match = categoryFromLabel(label);
    if (labelCache.size < 10_000) labelCache.set(label, match);
  }
  return match;
}

/**
 * A product's category from its category cell and its name. The cell decides as
 * far as it goes; a sector or group is refined from the name where a keyword
 * decides; an empty cell is read from the name when a decisive keyword opens it.
 */
export function categoryOf(label: string, productName: string): CategoryMatch {
  const fromLabel = cachedLabel(label);
  const cell = label.normalize('NFC').trim();
  if (!fromLabel.ok) {
    if (cell) return fromLabel;
    const guess = inferFromName(undefined, productName);
    if (!guess?.inferred) return fromLabel;
    const c = categoryByKey(guess.key);
    return { ok: true, key: c.key, level: c.level, legacy: false, inferred: guess.inferred, note: `no category given; ${guess.inferred.reason}` };
  }
  if (fromLabel.level === 'set') return fromLabel;
  const known = categoryByKey(fromLabel.key);
  const said = fromLabel.legacy
    ? `category "${cell}" is a QĐ 1048 label for the ${known.level} ${known.key} (${known.label.vi})`
    : known.level === 'sector'
      ? `category "${cell}" names only the sector ${known.key} (${known.label.vi})`
      : `category "${cell}" names the group ${known.key} (${known.label.vi}) but not its product set`;
  const guess = inferFromName(known.key, productName);
  if (guess?.inferred) {
    const c = categoryByKey(guess.key);
    return { ok: true, key: c.key, level: c.level, legacy: fromLabel.legacy, inferred: guess.inferred, note: `${said}; ${guess.inferred.reason}` };
  }
  const why = guess?.why ? `; ${guess.why}` : '';
  return { ...fromLabel, note: `${said}${why}; published under ${known.key}, not yet in a product set` };
}
