/**
 * Derives the compact admin-unit table the importer ships with
 * (src/domain/data/admin-units.json) from the two public datasets described in
 * src/domain/data/README.md. Run once when the datasets change:
 *
 *   node scripts/derive-admin-units.ts --from DIR_WITH_THE_TWO_JSON_FILES
 *
 * The output keeps only what address resolution needs: codes and Vietnamese names
 * of current units, and for each old commune its old province, old district, its
 * own code and the code(s) of the current commune(s) it became; the old district
 * codes, so a product code such as `83-829-28780-3-2022` can be read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface CurrentUnits {
  provinces: Array<{ code: string; name: string; nameEn: string; fullName: string; communes: Array<{ code: string; fullName: string }> }>;
}
interface LegacyCommune {
  oldProvinceCode: string;
  oldDistrictCode: string;
  oldCode: string;
  oldName: string;
  oldDistrict: string;
  newCodes: string[];
}
interface LegacyUnits {
  provinces: Array<{ oldCode: string; oldName: string; newCodes: string[] }>;
  communes: LegacyCommune[];
}

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string', default: 'src/domain/data/admin-units.json' } } });
if (!values.from) throw new Error('usage: node scripts/derive-admin-units.ts --from DIR [--out FILE]');

const current = JSON.parse(readFileSync(path.join(values.from, 'units-current.json'), 'utf8')) as CurrentUnits;
const legacy = JSON.parse(readFileSync(path.join(values.from, 'units-legacy-2025.json'), 'utf8')) as LegacyUnits;

// The dataset swaps commune and district for the four communes of Huyện Kiên Hải
// (oldName "Huyện Kiên Hải", oldDistrict "Xã Hòn Tre"); put them back.
const DISTRICT_WORD = /^(huyện|quận|thị xã|thành phố)\s/i;
const COMMUNE_WORD = /^(xã|phường|thị trấn|đặc khu)\s/i;
const communes = legacy.communes.map((c) =>
  DISTRICT_WORD.test(c.oldName) && COMMUNE_WORD.test(c.oldDistrict) ? { ...c, oldName: c.oldDistrict, oldDistrict: c.oldName } : c,
);

// Old communes grouped by old province, then old district:
// [commune name, new codes joined by '|', old commune code as a number (5 digits once padded)].
const legacyCommunes: Record<string, Record<string, Array<[string, string, number]>>> = {};
// Old districts by old province: old district code → name.
const legacyDistricts: Record<string, Record<string, string>> = {};
for (const commune of communes) {
  const byDistrict = (legacyCommunes[commune.oldProvinceCode] ??= {});
  (byDistrict[commune.oldDistrict] ??= []).push([commune.oldName, commune.newCodes.join('|'), Number(commune.oldCode)]);
  const districts = (legacyDistricts[commune.oldProvinceCode] ??= {});
  const known = districts[commune.oldDistrictCode];
  if (known !== undefined && known !== commune.oldDistrict)
    throw new Error(`district ${commune.oldDistrictCode} is both "${known}" and "${commune.oldDistrict}"`);
  districts[commune.oldDistrictCode] = commune.oldDistrict;
}

const table = {
  source: [
    'Current units (34 provinces, 3,321 communes, since 2025-07-01): thanglequoc/vietnamese-provinces-database v3.1.0 (MIT).',
    'Units before 2025-07-01 and what they became: dvhcvn/20250701 (MIT).',
  ],
  provinces: current.provinces.map((p) => [p.code, p.name, p.fullName, p.nameEn]),
  communes: Object.fromEntries(current.provinces.map((p) => [p.code, p.communes.map((c) => [c.code, c.fullName])])),
  legacyProvinces: legacy.provinces.map((p) => [p.oldCode, p.oldName, p.newCodes.join('|')]),
  legacyCommunes,
  legacyDistricts,
};
writeFileSync(values.out!, `${JSON.stringify(table)}\n`);
console.log(
  `wrote ${values.out} (${current.provinces.length} provinces, ${Object.values(legacyDistricts).reduce((n, d) => n + Object.keys(d).length, 0)} old districts, ${communes.length} old communes)`,
);
