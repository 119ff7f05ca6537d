/**
 * The words registry software and people use for statuses, producer types,
 * yes/no and quality standards, mapped to the public schema's values.
 */
import type { ProducerType } from '../schemas/producer.ts';
import { QUALITY_STANDARDS, type QualityStandard } from '../schemas/product.ts';
import { matchKey } from '../domain/text.ts';

export type RegistryStatus = 'active' | 'revoked' | 'pending-rerating';

/** Remembers a parser's answer per distinct cell: a national export repeats the same few words 20,000 times. */
function remembered<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = parse(text);
    if (cache.size < 10_000) cache.set(text, value);
    return value;
  };
}

const STATUS: Record<string, RegistryStatus> = {
  'con hieu luc': 'active',
  'hieu luc': 'active',
  'dang hieu luc': 'active',
  'da cong nhan': 'active',
  'cong nhan': 'active',
  active: 'active',
  valid: 'active',
  'het hieu luc': 'active', // lapsing is decided from the dates, not from this word
  'het han': 'active',
  'da thu hoi': 'revoked',
  'thu hoi': 'revoked',
  'bi thu hoi': 'revoked',
  revoked: 'revoked',
  'dang danh gia lai': 'pending-rerating',
  'cho danh gia lai': 'pending-rerating',
  'danh gia lai': 'pending-rerating',
  'dang tai danh gia': 'pending-rerating',
  'pending re rating': 'pending-rerating',
  'pending rerating': 'pending-rerating',
  'under re rating': 'pending-rerating',
};

/** Status from the export; an empty cell means in force. Null when the word is not known. */
export const parseStatus = remembered((text: string): RegistryStatus | null => {
  const key = matchKey(text);
  if (!key) return 'active';
  return STATUS[key] ?? null;
});

const PRODUCER_TYPE_WORDS: Array<[RegExp, ProducerType]> = [
  [/^(to hop tac|tht)\b/, 'cooperative-group'],
  [/^(hop tac xa|htx|lien hiep hop tac xa)\b/, 'cooperative'],
  [/^(doanh nghiep|dn|cong ty|ct|tnhh|co phan|enterprise|company)\b/, 'enterprise'],
  [/^(ho kinh doanh|hkd|ho san xuat|ho gia dinh|co so|co so san xuat|household)\b/, 'household'],
  [/^(trang trai|farm)\b/, 'farm'],
  [/^(khac|hiep hoi|hoi|ban quan ly|trung tam|other)\b/, 'other'],
];

const typeFromColumn = remembered((typeText: string): ProducerType | null | undefined => {
  const typeKey = matchKey(typeText);
  if (!typeKey) return undefined;
  return PRODUCER_TYPE_WORDS.find(([pattern]) => pattern.test(typeKey))?.[1] ?? null;
});

/** Producer type from the type column, or else from how the producer's name begins. */
export function parseProducerType(typeText: string, producerName: string): ProducerType | null {
  const fromColumn = typeFromColumn(typeText);
  if (fromColumn !== undefined) return fromColumn;
  const nameKey = matchKey(producerName);
  return PRODUCER_TYPE_WORDS.find(([pattern]) => pattern.test(nameKey))?.[1] ?? 'other';
}

/** "Có", "x", "yes", "1", "đồng ý" mean yes; anything else, including empty, means no. */
export const parseYes = remembered((text: string): boolean => /^(co|x|yes|y|true|1|dong y|cho phep|cong khai)$/.test(matchKey(text)));

const STANDARD_BY_KEY = new Map<string, QualityStandard>(QUALITY_STANDARDS.map((s) => [matchKey(s), s]));
STANDARD_BY_KEY.set('organic', 'Hữu cơ');
STANDARD_BY_KEY.set('huu co', 'Hữu cơ');
STANDARD_BY_KEY.set('iso22000', 'ISO 22000');
STANDARD_BY_KEY.set('iso 22000 2018', 'ISO 22000');
STANDARD_BY_KEY.set('iso9001', 'ISO 9001');
STANDARD_BY_KEY.set('global gap', 'GlobalGAP');
STANDARD_BY_KEY.set('viet gap', 'VietGAP');

/** Declared standards, and the words that are not a standard the site knows. */
export const parseStandards = remembered(readStandards);

function readStandards(text: string): { standards: QualityStandard[]; unknown: string[] } {
  const standards = new Set<QualityStandard>();
  const unknown: string[] = [];
  for (const part of text.split(/[,;/\n]+/)) {
    const word = part.trim();
    if (!word) continue;
    const found = STANDARD_BY_KEY.get(matchKey(word));
    if (found) standards.add(found);
    else unknown.push(word);
  }
  // Schema order, so the output does not depend on how the cell was typed.
  return { standards: QUALITY_STANDARDS.filter((s) => standards.has(s)), unknown };
}

const SHOP_LABELS: Array<[RegExp, string]> = [
  [/(^|\.)shopee\./, 'Shopee'],
  [/(^|\.)lazada\./, 'Lazada'],
  [/(^|\.)tiki\./, 'Tiki'],
  [/(^|\.)sendo\./, 'Sendo'],
  [/(^|\.)postmart\./, 'Postmart'],
  [/(^|\.)voso\./, 'Voso'],
];

/** The platform's name for a shop link, or its host name. */
export function shopLabel(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  return SHOP_LABELS.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}
