/** Addresses as a visitor reads them: today's units, and the wording on the decision when it differs. */
import { communeByCode } from '../domain/admin-units.ts';
import type { Address } from '../schemas/common.ts';
import type { Lang } from '../i18n/index.ts';
import { province } from './provinces.ts';

/** "Khu phố 2, Phường Lộc Tiến, Tỉnh Lâm Đồng" from the current codes. */
export function currentAddress(address: Address, lang: Lang): string {
  const p = province(address.provinceCode);
  const commune = address.communeCode ? communeByCode(address.communeCode)?.fullName : undefined;
  return [address.street, commune, lang === 'vi' ? p.fullName : p.nameEn].filter(Boolean).join(', ');
}

/** The address as written on the decision, when it names units that no longer exist. */
export function formerAddress(address: Address): string | undefined {
  const written = address.asWritten?.trim();
  if (!written) return undefined;
  const now = currentAddress({ ...address, street: undefined } as Address, 'vi');
  return written === now || now.endsWith(written) ? undefined : written;
}
