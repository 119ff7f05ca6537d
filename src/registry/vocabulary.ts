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

/**
 * Producer type from the type column, or else from how the producer's name begins.
 * A producer whose type is not said, or is "other" while its name reads as a
 * person's, is a household: a household business is a person, and its phone,
 * street and exact position stay private until the export says otherwise.
 * Null when the type column holds a word this table does not know.
 */
export function parseProducerType(typeText: string, producerName: string): ProducerType | null {
  const fromColumn = typeFromColumn(typeText);
  if (fromColumn === null) return null;
  const nameKey = matchKey(producerName);
  const type = fromColumn ?? PRODUCER_TYPE_WORDS.find(([pattern]) => pattern.test(nameKey))?.[1] ?? 'household';
  return type === 'other' && readsAsPersonName(producerName) ? 'household' : type;
}

/**
 * The most common Vietnamese family names (together well over nine in ten people),
 * folded: a name of two to five words that begins with one and holds no word of an
 * organisation reads as a person's name ("Nguyễn Văn Dũng", "Bà Lê Thị Hạ").
 */
const FAMILY_NAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao doan lam luong luu mai ' +
    'ta tang thai trinh truong vuong cao chu chau giang ha han khuc kieu la lai lo lu mac nghiem ong quach ' +
    'quan thach thieu tieu ton trieu van vi y kim nong hua hong lang linh lac ninh dieu'
  ).split(' '),
);
const ORGANISATION_WORDS =
  /\b(cong ty|hop tac xa|htx|doanh nghiep|tnhh|co phan|to hop tac|hiep hoi|trung tam|ban quan ly|chi nhanh|nha may|xi nghiep|tap doan|lang nghe|hoi)\b/;

export function readsAsPersonName(name: string): boolean {
  const key = matchKey(name).replace(/^(ho kinh doanh|ho san xuat|ho gia dinh|ho|co so|ong|ba|anh|chi)\s+/, '');
  if (ORGANISATION_WORDS.test(key)) return false;
  const words = key.split(' ').filter(Boolean);
  return words.length >= 2 && words.length <= 5 && FAMILY_NAMES.has(words[0]!);
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
