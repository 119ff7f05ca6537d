/**
 * Product codes that say where a product is made. Many provincial registries
 * number products by the old unit codes (QĐ 124/2004, before July 2025) followed
 * by the stars and the year: `83-829-28780-3-2022` is old province 83 (Bến Tre),
 * old district 829 (Thành phố Bến Tre), old commune 28780 (Phường 7), 3 stars,
 * 2022. Such a code is a good address hint when the address is missing or
 * ambiguous; any other code (`HD-001`) says nothing about the place.
 */
import {
  legacyCommuneByCode,
  legacyDistrictByCode,
  legacyProvinceByCode,
  type LegacyCommune,
  type LegacyDistrict,
  type LegacyProvince,
} from './admin-units.ts';

export interface ProductCodeUnits {
  province: LegacyProvince;
  district: LegacyDistrict;
  commune: LegacyCommune;
  /** The stars and year that follow the units, when the code has them. */
  stars?: number;
  year?: number;
}

// Old province (2 digits), district (3), commune (5), then optionally stars and year.
const UNIT_CODE = /^\s*(\d{2})\s*-\s*(\d{3})\s*-\s*(\d{5})(?:\s*-\s*([1-5])\s*-\s*((?:19|20)\d{2}))?\s*$/;

/**
 * The old units a product code names, or null when the code is not of that
 * shape, names a unit that did not exist, or names a commune outside the
 * district or a district outside the province (then it is some other numbering).
 */
export function readProductCode(code: string): ProductCodeUnits | null {
  const match = UNIT_CODE.exec(code);
  if (!match) return null;
  const [, provinceCode, districtCode, communeCode, stars, year] = match;
  const province = legacyProvinceByCode(provinceCode!);
  const district = legacyDistrictByCode(districtCode!);
  const commune = legacyCommuneByCode(communeCode!);
  if (!province || !district || !commune) return null;
  if (district.oldProvinceCode !== province.oldCode || commune.district.code !== district.code) return null;
  return { province, district, commune, ...(stars ? { stars: Number(stars) } : {}), ...(year ? { year: Number(year) } : {}) };
}
