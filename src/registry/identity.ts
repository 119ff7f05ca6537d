/**
 * Which rows are the same product, and which names the same producer. A product
 * is known by its registry code, or else by its decision number, producer and
 * name. When a product appears several times (re-rated, upgraded), the latest
 * decision wins and the older rows are superseded; on the same date the row
 * further down wins, as the later entry in the registry.
 *
 * Identity keeps names apart that differ in a tone mark: "Hộ kinh doanh Lê Thị Hà"
 * and "Hộ kinh doanh Lê Thị Hạ" are two people. URL slugs fold diacritics, so two
 * such producers (or products) would get one id: the second gets a suffix, and the
 * report warns that the two names differ only in their marks.
 */
import { createHash } from 'node:crypto';
import { addToList } from '../domain/lists-by-key.ts';
import { productId } from '../domain/product-id.ts';
import { producerId, slug } from '../domain/slug.ts';
import type { RowIssue } from './errors.ts';
import type { IdentifiedRecord, RegistryRecord } from './record.ts';

export interface Superseded {
  row: number;
  /** Row of the decision that replaced it. */
  by: number;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A name for comparing identities: lower case, punctuation and spacing ignored,
 * every letter and tone mark kept, but the mark's placement normalised, because
 * "Hoà" and "Hòa" are one syllable written in two conventions.
 */
export function toneKey(text: string): string {
  let key = toneKeys.get(text);
  if (key === undefined) {
    key = computeToneKey(text);
    // A national export names each producer about twice: each name is keyed once.
    if (toneKeys.size < 200_000) toneKeys.set(text, key);
  }
  return key;
}

const toneKeys = new Map<string, string>();

function computeToneKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => {
      const tones = word.match(TONE_MARKS)?.join('') ?? '';
      return word.replace(TONE_MARKS, '').normalize('NFC') + tones;
    })
    .join(' ');
}

export function identityKey(record: RegistryRecord): string {
  if (record.code && slug(record.code)) return `code:${slug(record.code)}`;
  return `key:${record.certificate.decisionNumber.trim()}|${toneKey(record.producerName)}|${toneKey(record.name)}`;
}

export function keepLatestDecisions(records: RegistryRecord[]): { winners: RegistryRecord[]; superseded: Superseded[] } {
  const groups = new Map<string, RegistryRecord[]>();
  for (const record of records) {
    const key = identityKey(record);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const winners: RegistryRecord[] = [];
  const superseded: Superseded[] = [];
  for (const group of groups.values()) {
    const winner = group.reduce((best, next) => (isLater(next, best) ? next : best));
    winners.push(winner);
    for (const record of group) if (record !== winner) superseded.push({ row: record.row, by: winner.row });
  }
  return { winners, superseded };
}

function isLater(a: RegistryRecord, b: RegistryRecord): boolean {
  const ad = a.certificate.decisionDate;
  const bd = b.certificate.decisionDate;
  return ad > bd || (ad === bd && a.row > b.row);
}

/**
 * The public ids of the winning records and of their producers. Ids come from
 * slugs; where two different identities would share one, the first (in key
 * order, so the answer does not depend on row order) keeps it and the others get
 * a short hash of their own identity.
 */
export function assignIds(winners: RegistryRecord[], producerColumn: string): { records: IdentifiedRecord[]; warnings: RowIssue[] } {
  const warnings: RowIssue[] = [];
  const producerIds = disambiguate(
    winners.map((record) => ({
      record,
      key: `${toneKey(record.producerName)}|${record.address.provinceCode}`,
      id: producerId(record.producerName, record.address.provinceCode),
    })),
    (first, other) =>
      warnings.push({
        row: other.record.row,
        column: producerColumn,
        reason: `"${other.record.producerName}" and "${first.record.producerName}" (row ${first.record.row}) differ only in tone marks or spelling: kept as two producers; if they are one, write the name the same way in every row`,
        code: 'near-duplicate-producer',
      }),
  );
  const productIds = disambiguate(
    winners.map((record) => ({
      record,
      key: identityKey(record),
      id: productId({ name: record.name, code: record.code, decisionNumber: record.certificate.decisionNumber, producerName: record.producerName }),
    })),
    () => undefined,
  );
  const records = winners.map((record) => ({ ...record, id: productIds.get(record)!, producerId: producerIds.get(record)! }));
  return { records, warnings };
}

interface Candidate {
  record: RegistryRecord;
  key: string;
  id: string;
}

function disambiguate(candidates: Candidate[], onNearDuplicate: (first: Candidate, other: Candidate) => void): Map<RegistryRecord, string> {
  const byId = new Map<string, Map<string, Candidate[]>>();
  for (const candidate of candidates) {
    const keys = byId.get(candidate.id) ?? new Map<string, Candidate[]>();
    byId.set(candidate.id, keys);
    addToList(keys, candidate.key, candidate);
  }
  const ids = new Map<RegistryRecord, string>();
  for (const [id, keys] of byId) {
    const ordered = [...keys.keys()].sort();
    ordered.forEach((key, index) => {
      const group = keys.get(key)!;
      const own = index === 0 ? id : `${id}-${createHash('sha256').update(key).digest('hex').slice(0, 6)}`;
      for (const candidate of group) ids.set(candidate.record, own);
      if (index > 0) onNearDuplicate(earliest(keys.get(ordered[0]!)!), earliest(group));
    });
  }
  return ids;
}

function earliest(group: Candidate[]): Candidate {
  return group.reduce((a, b) => (b.record.row < a.record.row ? b : a));
}
