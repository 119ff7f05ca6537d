/**
 * Where a row's product is made, in today's units, plus the administrative
 * address exactly as the export wrote it ("Xã Đại Sơn, Huyện Tứ Kỳ, Hải Dương"),
 * so a page can say what the place was called on the decision.
 *
 * Exports write the address in separate Tỉnh / Huyện / Xã columns, or in one
 * Địa chỉ cell ("Thôn 3, xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông"), or leave
 * parts out and rely on a heading above ("II. HUYỆN ĐẮK SONG CŨ"), the title, the
 * deployment's province, or a product code built from the old unit codes
 * (83-829-28780-3-2022). Each part comes from the first of these that has it;
 * `hints` says what else was used, so the report can show how a row was placed.
 */
import { splitAddress, type AddressParts } from '../domain/address-text.ts';
import {
  communeKey,
  districtKey,
  findCommunes,
  findDistricts,
  legacyProvinceByCode,
  provinceByCode,
  resolveAddress,
  resolveLegacyCommune,
  resolveProvince,
  scopeOf,
  type AddressResolution,
} from '../domain/admin-units.ts';
import { readProductCode, type ProductCodeUnits } from '../domain/product-code.ts';
import { mentionsUnitWord } from '../domain/unit-words.ts';

/** A place given for rows that name none, and where it came from, for the hints. */
export interface GivenPlace {
  value: string;
  /** "the heading on row 14", "the title (row 2)", "--province", "OCOP_PROVINCE". */
  source: string;
}

export interface RowAddressInput {
  /** The row's own Tỉnh, Huyện and Xã cells (not filled from a heading); empty when the export has no such column or the cell is empty. */
  province: string;
  district: string;
  commune: string;
  /** The Địa chỉ cell: a street part, or the whole address in one column. */
  address?: string | undefined;
  /** The Mã sản phẩm cell; a code such as 83-829-28780-3-2022 names the old units. */
  code?: string | undefined;
  /** A province for a row that names none: a heading above, the title, the deployment (`--province`, `OCOP_PROVINCE`). */
  givenProvince?: GivenPlace | undefined;
  /** An old district for a row that names none: a heading above ("II. HUYỆN ĐẮK SONG CŨ"). */
  givenDistrict?: GivenPlace | undefined;
}

export type RowAddress =
  | {
      ok: true;
      provinceCode: string;
      communeCode?: string;
      communeProblem?: string;
      /** Commune, district and province as the row wrote them (cells or Địa chỉ); never the street part. */
      asWritten: string;
      /** The street part of the Địa chỉ cell (thôn, số nhà, đường), as written. */
      street?: string;
      /** Where each part used came from (a district or commune only when one was used). */
      from: { province: PlaceSource; district?: PlaceSource; commune?: PlaceSource };
      /** What placed the row besides its own words, for the report: `province from --province ("Lâm Đồng")`. */
      hints: string[];
    }
  | { ok: false; problem: string };

/**
 * `cell`: the row's Tỉnh, Huyện or Xã cell; `address`: its Địa chỉ text; `code`:
 * its product code; `given`: `givenProvince` or `givenDistrict`; `inferred`: the
 * one province where the row's district or commune existed.
 */
export type PlaceSource = 'cell' | 'address' | 'code' | 'given' | 'inferred';

type Placed = AddressResolution & { ok: true };
// A letter with a diacritic (à … ỹ, đ): the row was typed with them.
const VIETNAMESE_LETTER = /[\u00c0-\u024f\u1ea0-\u1ef9]/;
interface Written {
  province: string;
  district: string;
  commune: string;
}

export function resolveRowAddress(input: RowAddressInput): RowAddress {
  const hints: string[] = [];
  const row = new RowContext(input, hints);

  // 1. What the row writes: its cells, then the Địa chỉ text for the parts they leave out.
  const { written, parts } = readWritten(input, row, hints);
  // 2. The province: the row's own, the product code's, the one given (a heading, the title, --province), or the one place its district or commune existed.
  const province = row.province(written);
  if (!province.ok) return province;
  // 3. The commune, through the district, with a given district (a heading's) where the row names none.
  const resolved = row.commune(province.text, written);
  if (!resolved.ok) return resolved;
  // 4. The product code, where the row names no commune or cannot pin it down.
  const placed = row.withProductCode(resolved, written);

  return {
    ok: true,
    provinceCode: placed.provinceCode,
    ...(placed.communeCode ? { communeCode: placed.communeCode } : {}),
    ...(placed.communeProblem ? { communeProblem: placed.communeProblem } : {}),
    asWritten: [written.commune, written.district, written.province].filter(Boolean).join(', '),
    ...(parts.street ? { street: parts.street } : {}),
    from: {
      province: row.from.province!,
      ...(row.from.district ? { district: row.from.district } : {}),
      ...(placed.communeCode || placed.communeProblem ? { commune: row.from.commune! } : {}),
    },
    hints,
  };
}

// A national export repeats the same few thousand addresses; each distinct text
// is split once and each distinct query resolved once.
const splitCache = new Map<string, AddressParts>();
const resolveCache = new Map<string, AddressResolution>();
const wordlessTexts = new Map<string, boolean>();

function split(text: string, province: string | undefined, district: string | undefined, bareNames: boolean): AddressParts {
  // A street part beside a commune column ("Thôn Đông 2") names no unit, wherever it is.
  if (!bareNames) {
    let wordless = wordlessTexts.get(text);
    if (wordless === undefined) wordlessTexts.set(text, (wordless = !mentionsUnitWord(text)));
    if (wordless) return { street: text };
  }
  const key = `${text}\u0000${province ?? ''}\u0000${district ?? ''}\u0000${bareNames}`;
  let parts = splitCache.get(key);
  if (!parts) splitCache.set(key, (parts = splitAddress(text, { province, district, bareNames })));
  return parts;
}

function resolve(province: string, district: string | undefined, commune: string | undefined, diacritics: boolean): AddressResolution {
  const key = `${province}\u0000${district ?? ''}\u0000${commune ?? ''}\u0000${diacritics}`;
  let resolved = resolveCache.get(key);
  if (!resolved) resolveCache.set(key, (resolved = resolveAddress({ province, district, commune, diacritics })));
  return resolved;
}

function readWritten(input: RowAddressInput, row: RowContext, hints: string[]): { written: Written; parts: AddressParts } {
  const columns = { province: input.province.trim(), district: input.district.trim(), commune: input.commune.trim() };
  const address = input.address?.trim() ?? '';
  // With a commune column, the Địa chỉ cell is most likely the street part: only
  // the units it names with their words ("xã …") are taken out of it.
  const parts = address ? split(address, columns.province || row.contextProvince, columns.district || row.contextDistrict, !columns.commune) : {};
  const written = {
    province: columns.province || parts.province || '',
    district: columns.district || parts.district || '',
    commune: columns.commune || parts.commune || '',
  };
  for (const level of ['province', 'district', 'commune'] as const) {
    if (columns[level]) row.from[level] = 'cell';
    else if (parts[level]) row.from[level] = 'address';
  }
  const differ = {
    province: (a: string, b: string) => resolveProvince(a)?.code !== resolveProvince(b)?.code,
    district: (a: string, b: string) => districtKey(a) !== districtKey(b),
    commune: (a: string, b: string) => communeKey(a) !== communeKey(b),
  };
  for (const level of ['province', 'district', 'commune'] as const) {
    const column = columns[level];
    const text = parts[level];
    if (column && text && differ[level](column, text))
      hints.push(`the address names ${level} "${text}" but the ${level} column says "${column}"; the column wins`);
  }
  return { written, parts };
}

/** The row's other sources of place, and the hints saying when one was used. */
class RowContext {
  readonly from: { province?: PlaceSource; district?: PlaceSource; commune?: PlaceSource } = {};
  /** The province and district the Địa chỉ text is read in when it names none. */
  readonly contextProvince: string | undefined;
  readonly contextDistrict: string | undefined;
  private readonly input: RowAddressInput;
  private readonly hints: string[];
  private readonly code: ProductCodeUnits | null;
  private readonly diacritics: boolean;

  constructor(input: RowAddressInput, hints: string[]) {
    this.input = input;
    this.hints = hints;
    this.code = input.code ? readProductCode(input.code) : null;
    this.contextProvince = this.code?.province.name ?? input.givenProvince?.value;
    this.contextDistrict = input.givenDistrict?.value;
    // A row that writes diacritics anywhere means a name without them as written ("Nga Thanh", not "Nga Thành").
    this.diacritics = VIETNAMESE_LETTER.test(`${input.province}${input.district}${input.commune}${input.address ?? ''}`);
  }

  province(written: Written): { ok: true; text: string } | { ok: false; problem: string } {
    const { input, code } = this;
    if (written.province) {
      return resolveProvince(written.province) ? { ok: true, text: written.province } : { ok: false, problem: `unknown province "${written.province}"` };
    }
    const given = input.givenProvince && resolveProvince(input.givenProvince.value) ? input.givenProvince : undefined;
    const givenMatch = given ? resolveProvince(given.value) : null;
    if (code) {
      const other = given && givenMatch!.code !== code.province.provinceCode ? `, not ${given.value} (${given.source})` : '';
      this.hints.push(`province from the product code ${input.code!.trim()}${other}`);
      this.from.province = 'code';
      return { ok: true, text: code.province.name };
    }
    // A district the given province never had, found in exactly one other province, wins over it.
    const district = written.district || input.givenDistrict?.value || '';
    const inferred = inferProvince(district, written.commune);
    const outsideGiven = givenMatch !== null && inferred?.from === 'district' && findDistricts(district, scopeOf(givenMatch)).length === 0;
    if (given && !outsideGiven) {
      this.hints.push(`province from ${given.source} ("${given.value}")`);
      this.from.province = 'given';
      return { ok: true, text: given.value };
    }
    if (inferred) {
      const what =
        inferred.from === 'commune'
          ? `commune "${written.commune}"`
          : written.district
            ? `district "${district}"`
            : `district "${district}" (${input.givenDistrict!.source})`;
      const outside = outsideGiven ? `, not in ${given!.value} (${given!.source})` : '';
      this.hints.push(`province from the ${what}, which existed only in ${inferred.province}${outside}`);
      this.from.province = 'inferred';
      return { ok: true, text: inferred.province };
    }
    return {
      ok: false,
      problem: 'no province: the row names none, and none could be read from its address, the product code, a heading, the title or --province',
    };
  }

  commune(province: string, written: Written): AddressResolution {
    let district = written.district;
    const given = this.input.givenDistrict;
    if (!district && given && written.commune) {
      if (findDistricts(given.value, scopeOf(resolveProvince(province)!)).length > 0) {
        district = given.value;
        this.from.district = 'given';
        this.hints.push(`district from ${given.source} ("${given.value}")`);
      } else {
        this.hints.push(`district "${given.value}" (${given.source}) was no district of ${province}; not used`);
      }
    }
    return resolve(province, district || undefined, written.commune || undefined, this.diacritics);
  }

  withProductCode(placed: Placed, written: Written): Placed {
    const { code } = this;
    if (!code) return placed;
    const codeText = this.input.code!.trim();
    if (code.province.provinceCode !== placed.provinceCode) {
      this.hints.push(`the product code ${codeText} names ${describe(code)}, outside ${provinceByCode(placed.provinceCode)!.fullName}; not used`);
      return placed;
    }
    const fromCode = resolveLegacyCommune(code.commune);
    if (placed.communeCode) {
      if (fromCode.communeCode && fromCode.communeCode !== placed.communeCode)
        this.hints.push(`the product code ${codeText} names ${describe(code)}, elsewhere than the address; the address wins`);
      return placed;
    }
    // The code's commune is taken when the row names none, or names the same one but cannot pin it down.
    const sameName = written.commune !== '' && communeKey(written.commune) === communeKey(code.commune.name);
    if (written.commune && !(sameName && fromCode.communeCode)) return placed;
    this.hints.push(`commune from the product code ${codeText} (${describe(code)})`);
    this.from.commune = 'code';
    return fromCode;
  }
}

/** "Phường 7, Thành phố Bến Tre, Tỉnh Bến Tre" */
function describe(units: ProductCodeUnits): string {
  return `${units.commune.name}, ${units.district.name}, ${units.province.name}`;
}

/** The one province where a district (or, failing that, a commune) of this name existed, for a row that names none. */
function inferProvince(district: string, commune: string): { province: string; from: 'district' | 'commune' } | null {
  if (district) {
    const oldCodes = new Set(findDistricts(district).map((d) => d.oldProvinceCode));
    if (oldCodes.size === 1) return { province: legacyProvinceByCode([...oldCodes][0]!)!.name, from: 'district' };
    if (oldCodes.size > 1) return null;
  }
  if (commune) {
    const { current, legacy } = findCommunes(commune);
    const provinces = new Set([...current.map((c) => c.provinceCode), ...legacy.map((c) => legacyProvinceByCode(c.district.oldProvinceCode)!.provinceCode)]);
    if (provinces.size !== 1) return null;
    const oldCodes = new Set(legacy.map((c) => c.district.oldProvinceCode));
    // Name the old province when every namesake was in it, so its old districts are searched first.
    const name = current.length === 0 && oldCodes.size === 1 ? legacyProvinceByCode([...oldCodes][0]!)!.name : provinceByCode([...provinces][0]!)!.fullName;
    return { province: name, from: 'commune' };
  }
  return null;
}
