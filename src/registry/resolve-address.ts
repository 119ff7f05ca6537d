/**
 * Where a row's product is made, in today's units, plus the administrative
 * address exactly as the export wrote it ("Xã Đại Sơn, Huyện Tứ Kỳ, Hải Dương"),
 * so a page can say what the place was called on the decision.
 */
import { resolveAddress } from '../domain/admin-units.ts';

export interface RowAddressInput {
  province: string;
  district: string;
  commune: string;
}

export type RowAddress =
  | { ok: true; provinceCode: string; communeCode?: string; communeProblem?: string; asWritten: string }
  | { ok: false; problem: string };

// A national export repeats the same few thousand addresses; resolve each once.
const cache = new Map<string, ReturnType<typeof resolveAddress>>();

export function resolveRowAddress(input: RowAddressInput): RowAddress {
  if (!input.province) return { ok: false, problem: 'no province given' };
  const key = `${input.province}|${input.district}|${input.commune}`;
  let resolved = cache.get(key);
  if (!resolved) cache.set(key, (resolved = resolveAddress(input)));
  if (!resolved.ok) return resolved;
  const asWritten = [input.commune, input.district, input.province].filter(Boolean).join(', ');
  return { ...resolved, asWritten };
}
