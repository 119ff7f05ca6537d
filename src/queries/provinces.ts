/**
 * The 34 current provinces with their URL segments and the older provinces that
 * merged into them in 2025, so a page can name "Đắk Nông" under Lâm Đồng.
 */
import table from '../domain/data/admin-units.json' with { type: 'json' };
import { PROVINCES, provinceByCode, type Province } from '../domain/admin-units.ts';
import { addToList } from '../domain/lists-by-key.ts';
import type { Lang } from '../i18n/index.ts';

const legacy = (table as unknown as { legacyProvinces: Array<[string, string, string]> }).legacyProvinces;

/** Short old names ("Đắk Nông") of the pre-2025 provinces now inside each current province. */
const formerNames = new Map<string, string[]>();
for (const [, oldFullName, newCodes] of legacy) {
  const code = newCodes.split('|')[0]!;
  const short = oldFullName.replace(/^(Tỉnh|Thành phố)\s+/, '');
  const current = provinceByCode(code);
  if (!current || current.name === short) continue;
  addToList(formerNames, code, short);
}

export { PROVINCES };
export type { Province };

export function province(code: string): Province {
  const found = provinceByCode(code);
  if (!found) throw new Error(`Unknown province code "${code}"`);
  return found;
}

export function provinceName(code: string, lang: Lang): string {
  const p = province(code);
  return lang === 'vi' ? p.name : p.nameEn;
}

/** Old province names merged into this one (empty when it did not absorb any). */
export function formerProvinceNames(code: string): string[] {
  return formerNames.get(code) ?? [];
}
