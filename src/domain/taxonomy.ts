/**
 * The OCOP product classification of QĐ 26/2026/QĐ-TTg, Appendix I (the same six
 * sectors, 17 groups and 26 product sets as QĐ 148/2023). The law gives no codes;
 * the path `sector.group.set` (for example `I.3.b`) is this project's stable key.
 * This file is the single source of truth for the taxonomy: the importer maps
 * labels onto it, the pages list it, the search filters on it. A product may be
 * known only down to its sector or group (`category` in src/schemas/product.ts);
 * `categoryByKey` and the helpers below answer what a key's level, sector, group
 * and set are.
 */

export type SectorKey = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';

export interface Label {
  vi: string;
  en: string;
}

export interface ProductSet {
  /** Stable key, e.g. `I.3.b`; for a group with a single set, the group key, e.g. `III.1`. */
  key: string;
  sector: SectorKey;
  /** Key of the group, e.g. `I.3`. */
  group: string;
  label: Label;
}

export interface ProductGroup {
  key: string;
  sector: SectorKey;
  label: Label;
  sets: ProductSet[];
}

export interface Sector {
  key: SectorKey;
  label: Label;
  groups: ProductGroup[];
}

type SetSpec = [letter: string, vi: string, en: string];
type GroupSpec = [number: number, vi: string, en: string, sets: SetSpec[]];

function sector(key: SectorKey, vi: string, en: string, groups: GroupSpec[]): Sector {
  return {
    key,
    label: { vi, en },
    groups: groups.map(([number, gVi, gEn, sets]) => {
      const groupKey = `${key}.${number}`;
      const groupSets = sets.length > 0 ? sets : [['', gVi, gEn] as SetSpec];
      return {
        key: groupKey,
        sector: key,
        label: { vi: gVi, en: gEn },
        sets: groupSets.map(([letter, sVi, sEn]) => ({
          key: letter ? `${groupKey}.${letter}` : groupKey,
          sector: key,
          group: groupKey,
          label: { vi: sVi, en: sEn },
        })),
      };
    }),
  };
}

export const SECTORS: readonly Sector[] = [
  sector('I', 'Thực phẩm', 'Food', [
    [
      1,
      'Thực phẩm tươi sống',
      'Fresh food',
      [
        ['a', 'Rau, củ, quả, hạt tươi', 'Fresh vegetables, tubers, fruit and nuts'],
        ['b', 'Thịt, thủy sản, trứng, sữa tươi', 'Fresh meat, seafood, eggs and milk'],
      ],
    ],
    [
      2,
      'Thực phẩm thô, sơ chế',
      'Raw and semi-processed food',
      [
        ['a', 'Gạo, ngũ cốc, hạt sơ chế khác', 'Rice, cereals and other semi-processed grains'],
        ['b', 'Mật ong, mật khác và nông sản thực phẩm khác', 'Honey, other syrups and other farm foods'],
      ],
    ],
    [
      3,
      'Thực phẩm chế biến',
      'Processed food',
      [
        ['a', 'Đồ ăn nhanh', 'Ready-to-eat food'],
        ['b', 'Chế biến từ gạo, ngũ cốc', 'Made from rice and cereals'],
        ['c', 'Chế biến từ rau, củ, quả, hạt', 'Made from vegetables, tubers, fruit and nuts'],
        ['d', 'Chế biến từ thịt, thủy sản, trứng, sữa, mật ong và nông sản thực phẩm khác', 'Made from meat, seafood, eggs, milk, honey and other farm foods'],
      ],
    ],
    [
      4,
      'Gia vị',
      'Condiments',
      [
        ['a', 'Tương, nước mắm, gia vị dạng lỏng khác', 'Sauces, fish sauce and other liquid condiments'],
        ['b', 'Gia vị khác (muối, hành, tỏi, tiêu…)', 'Other condiments (salt, shallot, garlic, pepper…)'],
      ],
    ],
    [
      5,
      'Chè',
      'Tea',
      [
        ['a', 'Chè tươi, chè chế biến', 'Fresh and processed tea'],
        ['b', 'Sản phẩm chè từ thực vật khác', 'Herbal teas from other plants'],
      ],
    ],
    [6, 'Cà phê, ca cao', 'Coffee and cocoa', []],
  ]),
  sector('II', 'Đồ uống', 'Drinks', [
    [
      1,
      'Đồ uống có cồn',
      'Alcoholic drinks',
      [
        ['a', 'Rượu trắng', 'White rice spirits'],
        ['b', 'Đồ uống có cồn khác', 'Other alcoholic drinks'],
      ],
    ],
    [
      2,
      'Đồ uống không cồn',
      'Non-alcoholic drinks',
      [
        ['a', 'Nước khoáng thiên nhiên, nước uống đóng chai', 'Natural mineral and bottled water'],
        ['b', 'Đồ uống không cồn khác', 'Other non-alcoholic drinks'],
      ],
    ],
  ]),
  sector('III', 'Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs and herbal products', [
    [1, 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền', 'Functional foods, herbal and traditional medicines', []],
    [2, 'Mỹ phẩm có thành phần từ dược liệu', 'Cosmetics with herbal ingredients', []],
    [3, 'Tinh dầu và dược liệu khác', 'Essential oils and other herbal products', []],
  ]),
  sector('IV', 'Thủ công mỹ nghệ', 'Handicrafts', [
    [1, 'Thủ công mỹ nghệ gia dụng, trang trí', 'Household and decorative handicrafts', []],
    [2, 'Vải, may mặc', 'Textiles and garments', []],
  ]),
  sector('V', 'Sinh vật cảnh', 'Ornamental plants and animals', [
    [1, 'Hoa', 'Flowers', []],
    [2, 'Cây cảnh', 'Ornamental plants', []],
    [3, 'Động vật cảnh', 'Ornamental animals', []],
  ]),
  sector('VI', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community tourism, eco-tourism and tourist sites', [
    [1, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community tourism, eco-tourism and tourist sites', []],
  ]),
];

export const GROUPS: readonly ProductGroup[] = SECTORS.flatMap((s) => s.groups);
export const PRODUCT_SETS: readonly ProductSet[] = GROUPS.flatMap((g) => g.sets);

const setsByKey = new Map(PRODUCT_SETS.map((s) => [s.key, s]));

export function productSet(key: string): ProductSet {
  const set = setsByKey.get(key);
  if (!set) throw new Error(`Unknown OCOP product set "${key}"`);
  return set;
}

/**
 * How much of a product's place in the classification is known. A single-set
 * group's key (`I.6`) is at the `set` level: naming the group names its set.
 */
export type CategoryLevel = 'sector' | 'group' | 'set';

/** A key of the taxonomy resolved to its levels: the sector always, the group and set when known. */
export interface Category {
  key: string;
  level: CategoryLevel;
  sector: Sector;
  group?: ProductGroup;
  set?: ProductSet;
  /** Label of the most specific level known. */
  label: Label;
}

const categoriesByKey = new Map<string, Category>();
for (const sector of SECTORS) {
  categoriesByKey.set(sector.key, { key: sector.key, level: 'sector', sector, label: sector.label });
  for (const group of sector.groups) {
    if (group.sets.length > 1) categoriesByKey.set(group.key, { key: group.key, level: 'group', sector, group, label: group.label });
    for (const set of group.sets) categoriesByKey.set(set.key, { key: set.key, level: 'set', sector, group, set, label: set.label });
  }
}

/**
 * The keys a product's `category` may take: every product set, and every sector
 * or group that holds more than one set (a sector or group of one set, such as
 * VI, is that set: its most specific known level is the set).
 */
export const CATEGORY_KEYS = [...categoriesByKey.values()]
  .filter((c) => c.level !== 'sector' || c.sector.groups.flatMap((g) => g.sets).length > 1)
  .map((c) => c.key) as [string, ...string[]];
const categoryKeySet = new Set(CATEGORY_KEYS);

/** True when `key` is a valid product category (see CATEGORY_KEYS). */
export function isCategoryKey(key: string): boolean {
  return categoryKeySet.has(key);
}

/** Any sector, group or set key resolved; throws on a key the taxonomy lacks. */
export function categoryByKey(key: string): Category {
  const found = categoriesByKey.get(key);
  if (!found) throw new Error(`Unknown OCOP category "${key}"`);
  return found;
}

export function categoryLevel(key: string): CategoryLevel {
  return categoryByKey(key).level;
}

export function sectorKeyOf(key: string): SectorKey {
  return categoryByKey(key).sector.key;
}

/** The group's key, or undefined when only the sector is known. */
export function groupKeyOf(key: string): string | undefined {
  return categoryByKey(key).group?.key;
}

/** The set's key, or undefined when the set is not known. */
export function setKeyOf(key: string): string | undefined {
  return categoryByKey(key).set?.key;
}

/** True when `key` is `ancestor` or lies inside it (`I.3.b` is within `I.3` and `I`). */
export function isWithin(key: string, ancestor: string): boolean {
  const c = categoryByKey(key);
  return c.key === ancestor || c.sector.key === ancestor || c.group?.key === ancestor;
}
