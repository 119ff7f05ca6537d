/**
 * Vietnam's administrative units since 1 July 2025 (34 provinces, 3,321 communes,
 * no districts) and the way back from the units named on older decisions. The
 * table in `data/admin-units.json` is derived from two public datasets (see
 * `data/README.md`); the indexes below are built once, so a 20,000-row import does
 * a handful of Map lookups per row.
 */
import table from './data/admin-units.json' with { type: 'json' };
import { matchKey } from './text.ts';

export interface Province {
  /** Two-digit code (QĐ 19/2025), e.g. `52`. */
  code: string;
  /** Short name, e.g. `Gia Lai`. */
  name: string;
  /** Full name with its kind, e.g. `Tỉnh Gia Lai`, `Thành phố Hải Phòng`. */
  fullName: string;
  /** English name, e.g. `Gia Lai`, `Hanoi`. */
  nameEn: string;
}

export interface Commune {
  /** Five-digit code, e.g. `23677`. */
  code: string;
  /** Full name with its kind, e.g. `Xã Đak Đoa`. */
  fullName: string;
  provinceCode: string;
}

interface Table {
  source: string[];
  provinces: Array<[code: string, name: string, fullName: string, nameEn: string]>;
  communes: Record<string, Array<[code: string, fullName: string]>>;
  legacyProvinces: Array<[oldCode: string, oldName: string, newCodes: string]>;
  legacyCommunes: Record<string, Record<string, Array<[oldName: string, newCodes: string]>>>;
}

const data = table as unknown as Table;

export const PROVINCES: readonly Province[] = data.provinces.map(([code, name, fullName, nameEn]) => ({ code, name, fullName, nameEn }));

// Words that say what kind of unit a name is; people write them, abbreviate them or leave them out.
const PROVINCE_PREFIX = /^(tinh|thanh pho|tp|t)\s+/;
const DISTRICT_PREFIX = /^(huyen|quan|thi xa|thanh pho|tp|tx|h|q)\s+/;
const COMMUNE_PREFIX = /^(xa|phuong|thi tran|dac khu|tt|p|x)\s+/;

/** Names people use for a province that are not in either dataset. */
const PROVINCE_ALIASES: Record<string, string> = {
  hcm: '79',
  'ho chi minh': '79',
  'sai gon': '79',
  'thua thien hue': '46',
  'ba ria vung tau': '79',
};

function unitKey(text: string, prefix: RegExp): string {
  // "TP.HCM" and "Tp. Hồ Chí Minh": punctuation becomes space before the prefix is removed.
  return matchKey(text).replace(prefix, '').trim();
}

export const provinceKey = (text: string): string => unitKey(text, PROVINCE_PREFIX);
export const districtKey = (text: string): string => unitKey(text, DISTRICT_PREFIX);
export const communeKey = (text: string): string => unitKey(text, COMMUNE_PREFIX);

const provincesByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const currentProvinceByKey = new Map<string, string>();
for (const p of PROVINCES) {
  currentProvinceByKey.set(provinceKey(p.name), p.code);
  currentProvinceByKey.set(matchKey(p.nameEn), p.code);
}
for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) currentProvinceByKey.set(alias, code);

const legacyProvinceByKey = new Map<string, { oldCode: string; newCode: string; oldName: string }>();
for (const [oldCode, oldName, newCodes] of data.legacyProvinces) {
  legacyProvinceByKey.set(provinceKey(oldName), { oldCode, oldName, newCode: newCodes.split('|')[0]! });
}

const communesByCode = new Map<string, Commune>();
const currentCommunesByKey = new Map<string, Commune[]>(); // key: province code + '|' + commune key
for (const [provinceCode, communes] of Object.entries(data.communes)) {
  for (const [code, fullName] of communes) {
    const commune = { code, fullName, provinceCode };
    communesByCode.set(code, commune);
    pushTo(currentCommunesByKey, `${provinceCode}|${communeKey(fullName)}`, commune);
  }
}

interface LegacyCommune {
  oldName: string;
  oldDistrict: string;
  newCodes: string[];
}
const legacyByProvinceCommune = new Map<string, LegacyCommune[]>(); // old province code | commune key
const legacyByDistrictCommune = new Map<string, LegacyCommune[]>(); // old province code | district key | commune key
const legacyDistrictKeys = new Map<string, Set<string>>(); // old province code → its district keys
for (const [oldProvinceCode, districts] of Object.entries(data.legacyCommunes)) {
  const districtKeys = new Set<string>();
  legacyDistrictKeys.set(oldProvinceCode, districtKeys);
  for (const [oldDistrict, communes] of Object.entries(districts)) {
    const dKey = districtKey(oldDistrict);
    districtKeys.add(dKey);
    for (const [oldName, newCodes] of communes) {
      const entry = { oldName, oldDistrict, newCodes: newCodes.split('|') };
      const cKey = communeKey(oldName);
      pushTo(legacyByProvinceCommune, `${oldProvinceCode}|${cKey}`, entry);
      pushTo(legacyByDistrictCommune, `${oldProvinceCode}|${dKey}|${cKey}`, entry);
    }
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function provinceByCode(code: string): Province | undefined {
  return provincesByCode.get(code);
}

export function communeByCode(code: string): Commune | undefined {
  return communesByCode.get(code);
}

export interface ProvinceMatch {
  /** Current province code. */
  code: string;
  /** The pre-2025 province code the name denotes, when it is an old province's name. */
  oldCode?: string;
  /** True when the name is a current province's name (it may also be an old one's). */
  isCurrentName: boolean;
}

/** The current province for a province name, old (Bắc Kạn, Hải Dương, Đắk Nông) or new; null when unknown. */
export function resolveProvince(text: string): ProvinceMatch | null {
  const key = provinceKey(text);
  if (!key) return null;
  const current = currentProvinceByKey.get(key);
  const legacy = legacyProvinceByKey.get(key);
  if (current) return legacy ? { code: current, oldCode: legacy.oldCode, isCurrentName: true } : { code: current, isCurrentName: true };
  if (legacy) return { code: legacy.newCode, oldCode: legacy.oldCode, isCurrentName: false };
  return null;
}

export interface AddressQuery {
  province: string;
  district?: string | undefined;
  commune?: string | undefined;
}

export type AddressResolution =
  | { ok: true; provinceCode: string; communeCode?: string; communeProblem?: string }
  | { ok: false; problem: string };

/**
 * Resolves an address as written (old or new units) to today's province and,
 * where a commune is named and can be found without guessing, today's commune.
 * A commune that cannot be resolved is not an error: the province stands and
 * `communeProblem` says why, so the importer can report it.
 */
export function resolveAddress(query: AddressQuery): AddressResolution {
  const province = resolveProvince(query.province);
  if (!province) return { ok: false, problem: `unknown province "${query.province}"` };
  if (!query.commune || !communeKey(query.commune)) return { ok: true, provinceCode: province.code };

  const cKey = communeKey(query.commune);
  const dKey = query.district ? districtKey(query.district) : '';
  const current = currentCommunesByKey.get(`${province.code}|${cKey}`) ?? [];
  const legacy = province.oldCode ? legacyCommunes(province.oldCode, dKey, cKey) : [];

  // A district means the address predates July 2025, so old communes come first;
  // without one, a current province name most likely means a current commune.
  const preferLegacy = dKey !== '' || !province.isCurrentName;
  const attempts = preferLegacy ? [fromLegacy(legacy), fromCurrent(current)] : [fromCurrent(current), fromLegacy(legacy)];
  // The first list that knows the name decides; a name it knows but cannot pin
  // down (split, repeated) is reported rather than matched to a namesake elsewhere.
  const decisive = attempts.find((attempt) => attempt.code || attempt.problem);
  if (decisive?.code) {
    const commune = communesByCode.get(decisive.code)!;
    return { ok: true, provinceCode: commune.provinceCode, communeCode: commune.code };
  }
  const problem = decisive?.problem ?? `commune "${query.commune}" not found in ${provinceByCode(province.code)!.fullName}`;
  return { ok: true, provinceCode: province.code, communeProblem: problem };
}

function legacyCommunes(oldProvinceCode: string, dKey: string, cKey: string): LegacyCommune[] {
  if (dKey && legacyDistrictKeys.get(oldProvinceCode)?.has(dKey)) {
    return legacyByDistrictCommune.get(`${oldProvinceCode}|${dKey}|${cKey}`) ?? [];
  }
  return legacyByProvinceCommune.get(`${oldProvinceCode}|${cKey}`) ?? [];
}

function fromCurrent(matches: Commune[]): { code?: string; problem?: string } {
  if (matches.length === 1) return { code: matches[0]!.code };
  if (matches.length > 1) return { problem: `${matches.length} current communes are called "${matches[0]!.fullName}"; name the district or write the code` };
  return {};
}

function fromLegacy(matches: LegacyCommune[]): { code?: string; problem?: string } {
  if (matches.length === 0) return {};
  const codes = new Set(matches.flatMap((m) => m.newCodes));
  const districts = new Set(matches.map((m) => m.oldDistrict));
  if (districts.size > 1 && codes.size > 1) {
    return { problem: `"${matches[0]!.oldName}" existed in several old districts (${[...districts].join(', ')}); name the district` };
  }
  if (codes.size > 1) {
    // A split commune whose name lives on in exactly one of its successors most
    // likely means that one (old Xã Bát Tràng → today's Xã Bát Tràng); otherwise report.
    const key = communeKey(matches[0]!.oldName);
    const namesakes = [...codes].filter((code) => {
      const successor = communesByCode.get(code);
      return successor !== undefined && communeKey(successor.fullName) === key;
    });
    if (namesakes.length === 1) return { code: namesakes[0]! };
    return { problem: `"${matches[0]!.oldName}" was split between several current communes` };
  }
  const [code] = codes;
  if (!communesByCode.has(code!)) return { problem: `"${matches[0]!.oldName}" became commune ${code}, which is not in the current list` };
  return { code: code! };
}

/** Where the table comes from, for notices and docs. */
export const ADMIN_UNITS_SOURCE: readonly string[] = data.source;
