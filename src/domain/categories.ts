/**
 * Category labels as registry exports write them → the product set of QĐ 26/2026.
 * Exports carry the current labels (set, single-set group or sector names, often
 * joined like "Thực phẩm chế biến - Chế biến từ gạo, ngũ cốc"), the labels of
 * QĐ 1048/2019, or the project's own keys (`I.3.b`). A label that names several
 * sets (a group such as "Thực phẩm chế biến") or none is reported, never guessed.
 */
import { GROUPS, PRODUCT_SETS, SECTORS, productSet } from './taxonomy.ts';
import { matchKey } from './text.ts';

/**
 * QĐ 1048/2019 labels and common shorthands that still appear in exports, with
 * the current set each became. The four legacy sectors follow the rules page:
 * Thảo dược → III, Vải và may mặc → IV.2, Lưu niệm – nội thất – trang trí → IV.1,
 * Dịch vụ du lịch nông thôn, bán hàng → VI; "Thảo dược" alone lands in III.3, the
 * set for herbal products not covered by III.1 and III.2.
 */
const LEGACY_LABELS: Record<string, string> = {
  'thao duoc': 'III.3',
  'thao duoc khac': 'III.3',
  'thuc pham chuc nang thuoc duoc lieu thuoc y hoc co truyen': 'III.1',
  'thuc pham chuc nang': 'III.1',
  'my pham': 'III.2',
  'my pham co nguon goc thao duoc': 'III.2',
  'vai va may mac': 'IV.2',
  'vai may mac': 'IV.2',
  'luu niem noi that trang tri': 'IV.1',
  'do luu niem noi that trang tri': 'IV.1',
  'thu cong my nghe': 'IV.1',
  'dich vu du lich nong thon ban hang': 'VI.1',
  'dich vu du lich nong thon': 'VI.1',
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
  'che': 'I.5.a',
  'tra': 'I.5.a',
  'ca phe': 'I.6',
  'ca cao': 'I.6',
  'ruou': 'II.1.a',
  'ruou trang': 'II.1.a',
  'do uong co con khac': 'II.1.b',
  'nuoc khoang': 'II.2.a',
  'do uong khong con khac': 'II.2.b',
  'hoa': 'V.1',
  'cay canh': 'V.2',
  'dong vat canh': 'V.3',
};

const byLabel = new Map<string, string>();
for (const set of PRODUCT_SETS) byLabel.set(matchKey(set.label.vi), set.key);
for (const group of GROUPS) if (group.sets.length === 1) byLabel.set(matchKey(group.label.vi), group.sets[0]!.key);
for (const sector of SECTORS) {
  const sets = sector.groups.flatMap((g) => g.sets);
  if (sets.length === 1) byLabel.set(matchKey(sector.label.vi), sets[0]!.key);
}
const currentLabels = new Set(byLabel.keys());
for (const [label, key] of Object.entries(LEGACY_LABELS)) if (!currentLabels.has(label)) byLabel.set(label, key);
const ambiguousGroups = new Set(GROUPS.filter((g) => g.sets.length > 1).map((g) => matchKey(g.label.vi)));

const byKey = new Map(PRODUCT_SETS.map((s) => [s.key.toLowerCase(), s.key]));

export type CategoryMatch = { ok: true; productSet: string; legacy: boolean } | { ok: false; reason: string };

/** The product set a category label names; `legacy` when it is a QĐ 1048 label or shorthand. */
export function categoryFromLabel(label: string): CategoryMatch {
  const trimmed = label.normalize('NFC').trim();
  if (!trimmed) return { ok: false, reason: 'no category given' };
  const asKey = byKey.get(trimmed.replace(/\s+/g, '').toLowerCase());
  if (asKey) return { ok: true, productSet: asKey, legacy: false };

  // "Sector – group – set" chains: the most specific part that names a set decides.
  const parts = [trimmed, ...trimmed.split(/\s[-–—>/|:]\s|[>/|;]/).reverse()];
  for (const part of parts) {
    const key = matchKey(part.replace(/^\s*([ivx]+|\d+)(\.\d+)*[.)]\s+/i, ''));
    const found = byLabel.get(key);
    if (found) return { ok: true, productSet: productSet(found).key, legacy: !currentLabels.has(key) };
  }
  if (ambiguousGroups.has(matchKey(trimmed))) {
    return { ok: false, reason: `category "${trimmed}" is a group with several product sets; name the set` };
  }
  return { ok: false, reason: `unknown category "${trimmed}"; expected a product set of QĐ 26/2026 or a QĐ 1048 label` };
}
