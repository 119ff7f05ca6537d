/**
 * Vietnam's administrative units since 1 July 2025 (34 provinces, 3,321 communes,
 * no districts) and the way back from the units named on older decisions. The
 * table in `data/admin-units.json` is derived from two public datasets (see
 * `data/README.md`); the indexes below are built once, so a 20,000-row import does
 * a handful of Map lookups per row.
 */
import table from './data/admin-units.json' with { type: 'json' };
import { addToList } from './lists-by-key.ts';
import { matchKey } from './text.ts';
import { preciseKey, tableUnitName, unitName, unitNameKey, type UnitKind, type UnitName } from './unit-words.ts';

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

/** One of the 63 provinces before July 2025. */
export interface LegacyProvince {
  /** Two-digit code of the time, e.g. `67` (Đắk Nông); not a current code. */
  oldCode: string;
  /** Full name, e.g. `Tỉnh Đắk Nông`. */
  name: string;
  /** The current province it is part of, e.g. `68` (Lâm Đồng). */
  provinceCode: string;
}

/** A district (huyện, quận, thị xã, thành phố thuộc tỉnh) before July 2025. */
export interface LegacyDistrict {
  /** Three-digit code, e.g. `665`. */
  code: string;
  /** Full name, e.g. `Huyện Đắk Song`. */
  name: string;
  oldProvinceCode: string;
}

/** A commune before July 2025 and what it became. */
export interface LegacyCommune {
  /** Five-digit code of the time, e.g. `24722`. */
  code: string;
  /** Full name, e.g. `Xã Thuận Hà`. */
  name: string;
  district: LegacyDistrict;
  /** The current commune(s) it became; several when it was split. */
  newCodes: string[];
}

interface Table {
  source: string[];
  provinces: Array<[code: string, name: string, fullName: string, nameEn: string]>;
  communes: Record<string, Array<[code: string, fullName: string]>>;
  legacyProvinces: Array<[oldCode: string, oldName: string, newCodes: string]>;
  legacyCommunes: Record<string, Record<string, Array<[oldName: string, newCodes: string, oldCode: number]>>>;
  legacyDistricts: Record<string, Record<string, string>>;
}

const data = table as unknown as Table;

export const PROVINCES: readonly Province[] = data.provinces.map(([code, name, fullName, nameEn]) => ({ code, name, fullName, nameEn }));

/** Names people use for a province that are not in either dataset. */
const PROVINCE_ALIASES: Record<string, string> = {
  hcm: '79',
  'tp hcm': '79',
  'ho chi minh': '79',
  'sai gon': '79',
  'thua thien hue': '46',
  'ba ria vung tau': '79',
  brvt: '79',
};

/** The key a name is matched under: folded, without its unit word ("Huyện Đắk Song" → "dak song"). */
export const provinceKey = (text: string): string => unitNameKey(text, 'province');
export const districtKey = (text: string): string => unitNameKey(text, 'district');
export const communeKey = (text: string): string => unitNameKey(text, 'commune');

/** What the table's own names say about their kind ("Xã", "Thị trấn", "Thị xã"), to tell namesakes apart. */
const kinds = new Map<object, UnitKind | undefined>();
/** Notes the kind of a table's unit; its key. */
function indexName(unit: object, name: string, level: 'district' | 'commune'): string {
  const { key, kind } = tableUnitName(name, level);
  kinds.set(unit, kind);
  return key;
}
/** The table's names with their diacritics (see `preciseKey`), worked out when two names fold alike. */
const preciseKeys = new Map<object, string>();
function preciseKeyOf(unit: Commune | LegacyCommune | LegacyDistrict, level: 'district' | 'commune'): string {
  let key = preciseKeys.get(unit);
  if (key === undefined) {
    const name = 'fullName' in unit ? unit.fullName : unit.name;
    preciseKeys.set(unit, (key = preciseKey(unitName(name, level).written ?? name)));
  }
  return key;
}

const provincesByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const currentProvinceByKey = new Map<string, string>();
for (const p of PROVINCES) {
  currentProvinceByKey.set(provinceKey(p.fullName), p.code);
  currentProvinceByKey.set(matchKey(p.name), p.code);
  currentProvinceByKey.set(matchKey(p.nameEn), p.code);
}
for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) currentProvinceByKey.set(alias, code);

const legacyProvinces = new Map<string, LegacyProvince>(); // old code → province
const legacyProvinceByKey = new Map<string, LegacyProvince>();
const oldCodesByProvince = new Map<string, string[]>(); // current code → old codes merged into it
for (const [oldCode, name, newCodes] of data.legacyProvinces) {
  const province = { oldCode, name, provinceCode: newCodes.split('|')[0]! };
  legacyProvinces.set(oldCode, province);
  legacyProvinceByKey.set(provinceKey(name), province);
  addToList(oldCodesByProvince, province.provinceCode, oldCode);
}

const communesByCode = new Map<string, Commune>();
const currentCommunesByKey = new Map<string, Commune[]>(); // province code | commune key
const currentCommunesNationally = new Map<string, Commune[]>(); // commune key
for (const [provinceCode, communes] of Object.entries(data.communes)) {
  for (const [code, fullName] of communes) {
    const commune = { code, fullName, provinceCode };
    communesByCode.set(code, commune);
    const key = indexName(commune, fullName, 'commune');
    addToList(currentCommunesByKey, `${provinceCode}|${key}`, commune);
    addToList(currentCommunesNationally, key, commune);
  }
}

const legacyDistricts = new Map<string, LegacyDistrict>(); // district code → district
const legacyDistrictsByKey = new Map<string, LegacyDistrict[]>(); // old province code | district key
const legacyDistrictsNationally = new Map<string, LegacyDistrict[]>(); // district key
for (const [oldProvinceCode, districts] of Object.entries(data.legacyDistricts)) {
  for (const [code, name] of Object.entries(districts)) {
    const district = { code, name, oldProvinceCode };
    legacyDistricts.set(code, district);
    const key = indexName(district, name, 'district');
    addToList(legacyDistrictsByKey, `${oldProvinceCode}|${key}`, district);
    addToList(legacyDistrictsNationally, key, district);
  }
}

const legacyCommunes = new Map<string, LegacyCommune>(); // old commune code → commune
const legacyByProvinceCommune = new Map<string, LegacyCommune[]>(); // old province code | commune key
const legacyByDistrictCommune = new Map<string, LegacyCommune[]>(); // district code | commune key
const legacyCommunesNationally = new Map<string, LegacyCommune[]>(); // commune key
const districtCodeByName = new Map<string, string>(); // old province code | district name
for (const [code, district] of legacyDistricts) districtCodeByName.set(`${district.oldProvinceCode}|${district.name}`, code);
for (const [oldProvinceCode, districts] of Object.entries(data.legacyCommunes)) {
  for (const [districtName, communes] of Object.entries(districts)) {
    const district = legacyDistricts.get(districtCodeByName.get(`${oldProvinceCode}|${districtName}`)!)!;
    for (const [name, newCodes, oldCode] of communes) {
      const commune = { code: String(oldCode).padStart(5, '0'), name, district, newCodes: newCodes.split('|') };
      legacyCommunes.set(commune.code, commune);
      const key = indexName(commune, name, 'commune');
      addToList(legacyByProvinceCommune, `${oldProvinceCode}|${key}`, commune);
      addToList(legacyByDistrictCommune, `${district.code}|${key}`, commune);
      addToList(legacyCommunesNationally, key, commune);
    }
  }
}

export function provinceByCode(code: string): Province | undefined {
  return provincesByCode.get(code);
}

export function communeByCode(code: string): Commune | undefined {
  return communesByCode.get(code);
}

/** A pre-2025 province by its code of the time (`67` → Tỉnh Đắk Nông). */
export function legacyProvinceByCode(oldCode: string): LegacyProvince | undefined {
  return legacyProvinces.get(oldCode);
}

/** A pre-2025 district by its three-digit code (`665` → Huyện Đắk Song). */
export function legacyDistrictByCode(code: string): LegacyDistrict | undefined {
  return legacyDistricts.get(code);
}

/** A pre-2025 commune by its five-digit code of the time (`24722` → Xã Thuận Hà). */
export function legacyCommuneByCode(code: string): LegacyCommune | undefined {
  return legacyCommunes.get(code);
}

export interface ProvinceMatch {
  /** Current province code. */
  code: string;
  /** The pre-2025 province code the name denotes, when it is an old province's name. */
  oldCode?: string;
  /** True when the name is a current province's name (it may also be an old one's). */
  isCurrentName: boolean;
  /** True when the province is, or was, a city (thành phố: Hà Nội, Đà Nẵng, Huế, Đồng Nai …). */
  isCity: boolean;
}

const CITY = /^thành phố\s/i;

/** The current province for a province name, old (Bắc Kạn, Hải Dương, Đắk Nông) or new; null when unknown. */
export function resolveProvince(name: string | UnitName): ProvinceMatch | null {
  if (typeof name !== 'string') return matchProvince(name.keys);
  // An export names the same few dozen provinces on every row.
  let match = provinceMemo.get(name);
  if (match === undefined) {
    if (provinceMemo.size > 10_000) provinceMemo.clear();
    provinceMemo.set(name, (match = matchProvince(unitName(name, 'province').keys)));
  }
  return match;
}

const provinceMemo = new Map<string, ProvinceMatch | null>();

function matchProvince(keys: readonly string[]): ProvinceMatch | null {
  for (const key of keys) {
    const current = currentProvinceByKey.get(key);
    const legacy = legacyProvinceByKey.get(key);
    if (!current && !legacy) continue;
    const code = current ?? legacy!.provinceCode;
    const isCity = (current !== undefined && CITY.test(provincesByCode.get(current)!.fullName)) || (legacy !== undefined && CITY.test(legacy.name));
    return { code, ...(legacy ? { oldCode: legacy.oldCode } : {}), isCurrentName: current !== undefined, isCity };
  }
  return null;
}

/**
 * Where to look for the units under a province name: today's province, and the
 * old provinces the name can mean, the one it names first. "Đắk Nông" means old
 * Đắk Nông only; "Lâm Đồng" means old Lâm Đồng first, then old Đắk Nông and Bình
 * Thuận, which merged into it (an export may name the new province with old units).
 */
export interface UnitScope {
  provinceCode: string;
  oldProvinceCodes: string[];
}

export function scopeOf(province: ProvinceMatch): UnitScope {
  if (!province.isCurrentName) return { provinceCode: province.code, oldProvinceCodes: province.oldCode ? [province.oldCode] : [] };
  const merged = oldCodesByProvince.get(province.code) ?? [];
  const first = province.oldCode ? [province.oldCode] : [];
  return { provinceCode: province.code, oldProvinceCodes: [...first, ...merged.filter((code) => code !== province.oldCode)] };
}

/** The scope of one old province alone (old Đắk Nông: today's Lâm Đồng, old code 67). */
export function scopeOfOldProvince(oldCode: string): UnitScope | undefined {
  const province = legacyProvinces.get(oldCode);
  return province ? { provinceCode: province.provinceCode, oldProvinceCodes: [oldCode] } : undefined;
}

/** The old districts a name can mean, within a scope or, without one, nationally; narrowed by its unit word ("thị xã Long Mỹ"). */
export function findDistricts(name: string | UnitName, scope?: UnitScope): LegacyDistrict[] {
  const query = typeof name === 'string' ? unitName(name, 'district') : name;
  for (const key of query.keys) {
    const found = scope
      ? scope.oldProvinceCodes.flatMap((code) => legacyDistrictsByKey.get(`${code}|${key}`) ?? [])
      : (legacyDistrictsNationally.get(key) ?? []);
    if (found.length > 0) return narrow(found, query, 'district');
  }
  return [];
}

export interface CommuneMatches {
  /** Current communes of that name (in the scope's province, or nationally). */
  current: Commune[];
  /** Old communes of that name (in the given districts, else in the scope's old provinces, or nationally). */
  legacy: LegacyCommune[];
}

/**
 * The current and old communes a name can mean. Old communes are looked up in
 * the old districts given; without any, in the first of the scope's old provinces
 * that has one of that name; without a scope, nationally.
 */
export function findCommunes(name: string | UnitName, scope?: UnitScope, districts: readonly LegacyDistrict[] = []): CommuneMatches {
  const query = typeof name === 'string' ? unitName(name, 'commune') : name;
  for (const key of query.keys) {
    const current = scope ? (currentCommunesByKey.get(`${scope.provinceCode}|${key}`) ?? []) : (currentCommunesNationally.get(key) ?? []);
    let legacy: LegacyCommune[];
    if (districts.length > 0) legacy = districts.flatMap((d) => legacyByDistrictCommune.get(`${d.code}|${key}`) ?? []);
    else if (scope) legacy = firstNonEmpty(scope.oldProvinceCodes.map((code) => legacyByProvinceCommune.get(`${code}|${key}`) ?? []));
    else legacy = legacyCommunesNationally.get(key) ?? [];
    if (current.length > 0 || legacy.length > 0) {
      return { current: narrow(current, query, 'commune'), legacy: narrow(legacy, query, 'commune') };
    }
  }
  return { current: [], legacy: [] };
}

function firstNonEmpty<T>(lists: T[][]): T[] {
  return lists.find((list) => list.length > 0) ?? [];
}

/**
 * Namesakes told apart by what the writing says: "Xã Quang Trung" is not
 * "Phường Quang Trung", "Văn Lăng" is not "Văn Lang". Keeps the matches of the
 * kind and spelling written, when there are any.
 */
function narrow<T extends Commune | LegacyCommune | LegacyDistrict>(matches: T[], query: UnitName, level: 'district' | 'commune'): T[] {
  let kept = matches;
  if (query.kind && kept.length > 1) {
    const same = kept.filter((match) => kinds.get(match) === query.kind);
    if (same.length > 0) kept = same;
  }
  if (query.written && kept.length > 1) {
    const written = preciseKey(query.written);
    const same = kept.filter((match) => preciseKeyOf(match, level) === written);
    if (same.length > 0) kept = same;
  }
  return kept;
}

export interface AddressQuery {
  province: string;
  district?: string | undefined;
  commune?: string | undefined;
  /**
   * Whether the row writes diacritics, when known, so that a name written without
   * them ("Nga Thanh") is told from a namesake with them ("Nga Thành"); by default
   * each name is judged on its own.
   */
  diacritics?: boolean | undefined;
}

export type AddressResolution = { ok: true; provinceCode: string; communeCode?: string; communeProblem?: string } | { ok: false; problem: string };

/**
 * Resolves an address as written (old or new units) to today's province and,
 * where a commune is named and can be found without guessing, today's commune.
 * A commune that cannot be resolved is not an error: the province stands and
 * `communeProblem` says why, so the importer can report it.
 */
export function resolveAddress(query: AddressQuery): AddressResolution {
  const province = resolveProvince(query.province);
  if (!province) return { ok: false, problem: `unknown province "${query.province}"` };
  const unaccented = query.diacritics === undefined ? undefined : !query.diacritics;
  const commune = query.commune ? unitName(query.commune, 'commune', unaccented) : null;
  if (!commune || commune.keys.length === 0) return { ok: true, provinceCode: province.code };

  const scope = scopeOf(province);
  const district = query.district ? unitName(query.district, 'district', unaccented) : null;
  const hasDistrict = district !== null && district.keys.length > 0;
  // An old district unknown in the province is ignored: the commune is then looked for province-wide.
  const districts = hasDistrict ? findDistricts(district, scope) : [];
  const { current, legacy } = findCommunes(commune, scope, districts);

  // A district means the address predates July 2025, so old communes come first;
  // without one, a current province name most likely means a current commune.
  const preferLegacy = hasDistrict || !province.isCurrentName;
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

/** Today's commune for one old commune (a product code names it exactly): its successor, or why there is none to pick. */
export function resolveLegacyCommune(commune: LegacyCommune): AddressResolution & { ok: true } {
  const provinceCode = legacyProvinces.get(commune.district.oldProvinceCode)!.provinceCode;
  const { code, problem } = fromLegacy([commune]);
  if (code) return { ok: true, provinceCode: communesByCode.get(code)!.provinceCode, communeCode: code };
  return { ok: true, provinceCode, communeProblem: problem! };
}

function fromCurrent(matches: Commune[]): { code?: string; problem?: string } {
  if (matches.length === 1) return { code: matches[0]!.code };
  if (matches.length > 1)
    return {
      problem: `${matches.length} current communes are called "${matches[0]!.fullName}" (${matches.map((m) => m.fullName).join(', ')}); name the old district or write the name with its diacritics`,
    };
  return {};
}

function fromLegacy(matches: LegacyCommune[]): { code?: string; problem?: string } {
  if (matches.length === 0) return {};
  const codes = new Set(matches.flatMap((m) => m.newCodes));
  const districts = new Set(matches.map((m) => m.district.name));
  if (matches.length > 1 && codes.size > 1) {
    if (districts.size > 1) return { problem: `"${matches[0]!.name}" existed in several old districts (${[...districts].join(', ')}); name the district` };
    const sameKind = new Set(matches.map((m) => kinds.get(m))).size === 1;
    const advice = sameKind ? 'write the name with its diacritics' : 'write xã, phường or thị trấn';
    return { problem: `"${matches[0]!.name}" named ${matches.length} communes of ${[...districts][0]} (${matches.map((m) => m.name).join(', ')}); ${advice}` };
  }
  if (codes.size > 1) {
    // A split commune whose name lives on in exactly one of its successors most
    // likely means that one (old Xã Bát Tràng → today's Xã Bát Tràng); otherwise report.
    const key = communeKey(matches[0]!.name);
    const namesakes = [...codes].filter((code) => {
      const successor = communesByCode.get(code);
      return successor !== undefined && communeKey(successor.fullName) === key;
    });
    if (namesakes.length === 1) return { code: namesakes[0]! };
    const successors = [...codes].map((code) => communesByCode.get(code)?.fullName ?? code).join(', ');
    return { problem: `"${matches[0]!.name}" was split between several current communes (${successors})` };
  }
  const [code] = codes;
  if (!communesByCode.has(code!)) return { problem: `"${matches[0]!.name}" became commune ${code}, which is not in the current list` };
  return { code: code! };
}
