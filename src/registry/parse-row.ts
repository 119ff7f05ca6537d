/**
 * One export row → one registry record, or the list of everything wrong with it.
 * Every cell is checked and every problem collected (a person fixing the export
 * wants all of them at once); a row with any error is quarantined, a row with only
 * warnings (an unknown commune, a broken link) is published without the bad part.
 */
import type { Certificate } from '../schemas/certificate.ts';
import type { Location } from '../schemas/common.ts';
import type { ProducerType } from '../schemas/producer.ts';
import type { QualityStandard } from '../schemas/product.ts';
import { categoryFromLabel } from '../domain/categories.ts';
import { computedExpiry } from '../domain/certificate.ts';
import { resolveCoordinates } from '../domain/coordinates.ts';
import { parseRegistryDate } from '../domain/dates.ts';
import { POINT_BANDS, isCertified, parseScore, parseStars, scoreMatchesStars } from '../domain/stars.ts';
import { cleanMultilineText, cleanText } from '../domain/text.ts';
import type { RowIssue } from './errors.ts';
import { FIELDS, type ColumnMap, type Field } from './headers.ts';
import type { SourceRow } from './read-source.ts';
import { resolveRowAddress } from './resolve-address.ts';
import { parseProducerType, parseStandards, parseStatus, parseYes, shopLabel } from './vocabulary.ts';

export interface RegistryRecord {
  row: number;
  code?: string;
  name: string;
  producerName: string;
  producerType: ProducerType;
  certificate: Certificate;
  productSet: string;
  address: { provinceCode: string; communeCode?: string; asWritten: string; street?: string };
  location?: Location;
  description?: string;
  /** The Ảnh cell: an http(s) URL or a file name looked up beside the export. */
  image?: string;
  website?: string;
  ecommerce: Array<{ label: string; url: string }>;
  traceabilityUrl?: string;
  standards: QualityStandard[];
  phone?: string;
  email?: string;
  /** The export says contact details may be published (Công khai liên hệ). */
  publicContact: boolean;
}

// A national export repeats a few dozen category labels, statuses and types
// 20,000 times; each distinct cell is read once.
const categoryCache = new Map<string, ReturnType<typeof categoryFromLabel>>();
function categoryOf(label: string): ReturnType<typeof categoryFromLabel> {
  let match = categoryCache.get(label);
  if (!match) categoryCache.set(label, (match = categoryFromLabel(label)));
  return match;
}

export type ParsedRow = { ok: true; record: RegistryRecord; warnings: RowIssue[] } | { ok: false; errors: RowIssue[]; warnings: RowIssue[] };

export function parseRow(source: SourceRow, map: ColumnMap): ParsedRow {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const column = (field: Field): string => map.headers[field] ?? FIELDS[field].label;
  const raw = (field: Field): string => {
    const index = map.columns[field];
    return index === undefined ? '' : (source.cells[index] ?? '');
  };
  // Each cell is cleaned once, however often the checks below read it.
  const cleaned = new Map<Field, string>();
  const text = (field: Field): string => {
    let value = cleaned.get(field);
    if (value === undefined) cleaned.set(field, (value = cleanText(raw(field))));
    return value;
  };
  const error = (field: Field, reason: string): void => void errors.push({ row: source.row, column: column(field), reason });
  const warn = (field: Field, reason: string): void => void warnings.push({ row: source.row, column: column(field), reason });

  const name = text('name');
  if (!name) error('name', 'the product name is empty');
  const producerName = text('producer');
  if (!producerName) error('producer', 'the producer name is empty');

  const starsText = text('stars');
  const stars = parseStars(starsText);
  if (stars === null) error('stars', starsText ? `"${starsText}" is not a star rating (write 3, 4 sao or ★★★★)` : 'no star rating');
  else if (!isCertified(stars)) error('stars', `${stars} stars carry no OCOP certificate (3 stars or more)`);

  const scoreText = text('score');
  const score = scoreText ? parseScore(scoreText) : null;
  if (scoreText && score === null) error('score', `"${scoreText}" is not a score out of 100`);
  if (score !== null && stars !== null && !scoreMatchesStars(score, stars)) {
    const band = POINT_BANDS[stars];
    error('score', `${scoreText} points contradict ${stars} stars (${stars} stars means ${band.min} to under ${band.max} points${stars === 5 ? ' or 100' : ''})`);
  }

  const decisionNumber = text('decisionNumber');
  if (!decisionNumber) error('decisionNumber', 'the decision number is empty');
  const decisionDate = readDate('decisionDate', true);
  const explicitExpiry = readDate('expiresOn', false);
  if (decisionDate && explicitExpiry && explicitExpiry < decisionDate) error('expiresOn', `expiry ${explicitExpiry} is before the decision date ${decisionDate}`);
  const revokedOn = readDate('revokedOn', false);

  const statusText = text('status');
  let status = parseStatus(statusText);
  if (status === null) error('status', `unknown status "${statusText}" (expected còn hiệu lực, đã thu hồi or đang đánh giá lại)`);
  // A revocation date is a revocation, whatever the status cell forgot to say.
  if (revokedOn && status !== 'revoked') status = 'revoked';

  const category = categoryOf(text('category'));
  if (!category.ok) error('category', category.reason);

  const address = resolveRowAddress({ province: text('province'), district: text('district'), commune: text('commune') });
  if (!address.ok) error('province', address.problem);
  else if (address.communeProblem) warn('commune', `${address.communeProblem}; kept as written`);

  let location: Location | undefined;
  const latText = text('lat');
  const lonText = text('lon');
  if (latText || lonText) {
    if (!latText || !lonText) warn(latText ? 'lon' : 'lat', 'only one of latitude and longitude is given; no map position');
    else {
      const coordinates = resolveCoordinates(latText, lonText);
      if (!coordinates.ok) error('lat', coordinates.reason);
      else {
        location = coordinates.location;
        if (coordinates.swapped) warn('lat', 'latitude and longitude were swapped; swapped back');
      }
    }
  }

  const producerType = parseProducerType(text('producerType'), producerName);
  if (producerType === null) warn('producerType', `unknown producer type "${text('producerType')}"; published as "other"`);

  const { standards, unknown } = parseStandards(text('standards'));
  if (unknown.length > 0) warn('standards', `not a known quality standard: ${unknown.join(', ')}`);

  const ecommerce: RegistryRecord['ecommerce'] = [];
  for (const link of raw('ecommerce').split(/[\s;,|]+/).filter(Boolean)) {
    const url = readUrl(link);
    if (url) ecommerce.push({ label: shopLabel(url), url: url.href });
    else warn('ecommerce', `"${cleanText(link)}" is not an http(s) link`);
  }

  const email = text('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) warn('email', `"${email}" is not an email address`);

  const image = text('image');
  const imageOk = !image || (/^https?:\/\//i.test(image) ? readUrl(image) !== null : isPhotoFileName(image));
  if (!imageOk) warn('image', `"${image}" must be a photo file name (.jpg, .png, .webp, .avif) in images/ or an http(s) link; left out`);

  if (errors.length > 0 || stars === null || !isCertified(stars) || !decisionDate || !status || !category.ok || !address.ok) {
    return { ok: false, errors, warnings };
  }

  const certificate: Certificate = {
    stars,
    ...(score !== null ? { score } : {}),
    decisionNumber,
    decisionDate,
    expiresOn: explicitExpiry ?? computedExpiry(decisionDate),
    ...(text('issuer') ? { issuer: text('issuer') } : {}),
    status,
    ...(status === 'revoked' && revokedOn ? { revokedOn } : {}),
  };
  const record: RegistryRecord = {
    row: source.row,
    name,
    producerName,
    producerType: producerType ?? 'other',
    certificate,
    productSet: category.productSet,
    address: {
      provinceCode: address.provinceCode,
      ...(address.communeCode ? { communeCode: address.communeCode } : {}),
      asWritten: address.asWritten,
      ...(text('street') ? { street: text('street') } : {}),
    },
    ecommerce,
    standards,
    publicContact: parseYes(text('publicContact')),
  };
  const code = text('code');
  if (code) record.code = code;
  if (location) record.location = location;
  const description = cleanMultilineText(raw('description'));
  if (description) record.description = description;
  if (image && imageOk) record.image = image;
  const website = optionalUrl('website');
  if (website) record.website = website;
  const traceabilityUrl = optionalUrl('traceabilityUrl');
  if (traceabilityUrl) record.traceabilityUrl = traceabilityUrl;
  const phone = text('phone').replace(/[^\d+ .()-]/g, '').trim();
  if (phone) record.phone = phone;
  if (email && !warnings.some((w) => w.column === column('email'))) record.email = email;
  return { ok: true, record, warnings };

  function readDate(field: Field, required: boolean): string | null {
    const value = text(field);
    if (!value) {
      if (required) error(field, 'no date given');
      return null;
    }
    const iso = parseRegistryDate(value);
    if (!iso) error(field, `"${value}" is not a date (write dd/mm/yyyy)`);
    return iso;
  }

  function optionalUrl(field: Field): string | undefined {
    const value = text(field);
    if (!value) return undefined;
    const url = readUrl(value);
    if (!url) warn(field, `"${value}" is not an http(s) link; left out`);
    return url?.href;
  }
}

/** A plain file name (no folders, no "..") of a photo format browsers show. */
function isPhotoFileName(name: string): boolean {
  return !/[\\/]|\.\./.test(name) && /\.(jpe?g|png|webp|avif|gif)$/i.test(name);
}

/** An http(s) URL; a bare host such as `shopee.vn/shop` gets https:// in front. */
function readUrl(value: string): URL | null {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value) ? `https://${value}` : null;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
