/**
 * Which rows are the same product. A product is known by its registry code, or
 * else by its decision number, producer and normalised name. When a product
 * appears several times (re-rated, upgraded), the latest decision wins and the
 * older rows are superseded; on the same date the row further down wins, as the
 * later entry in the registry.
 */
import { matchKey } from '../domain/text.ts';
import { productId } from '../domain/product-id.ts';
import { slug } from '../domain/slug.ts';
import type { RegistryRecord } from './parse-row.ts';

export interface IdentifiedRecord extends RegistryRecord {
  id: string;
}

export interface Superseded {
  row: number;
  /** Row of the decision that replaced it. */
  by: number;
}

export function identityKey(record: RegistryRecord): string {
  if (record.code && slug(record.code)) return `code:${slug(record.code)}`;
  return `key:${record.certificate.decisionNumber.trim()}|${matchKey(record.producerName)}|${matchKey(record.name)}`;
}

export function keepLatestDecisions(records: RegistryRecord[]): { winners: IdentifiedRecord[]; superseded: Superseded[] } {
  const groups = new Map<string, RegistryRecord[]>();
  for (const record of records) {
    const key = identityKey(record);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const winners: IdentifiedRecord[] = [];
  const superseded: Superseded[] = [];
  for (const group of groups.values()) {
    const winner = group.reduce((best, next) => (isLater(next, best) ? next : best));
    winners.push({ ...winner, id: productId({ name: winner.name, code: winner.code, decisionNumber: winner.certificate.decisionNumber, producerName: winner.producerName }) });
    for (const record of group) if (record !== winner) superseded.push({ row: record.row, by: winner.row });
  }
  return { winners, superseded };
}

function isLater(a: RegistryRecord, b: RegistryRecord): boolean {
  const ad = a.certificate.decisionDate;
  const bd = b.certificate.decisionDate;
  return ad > bd || (ad === bd && a.row > b.row);
}
