/**
 * One export row → one registry record, or the list of everything wrong with it.
 * Every cell is checked and every problem collected (a person fixing the export
 * wants all of them at once); a row with any error is quarantined, a row with only
 * warnings (an unknown commune, a broken link) is published without the bad part.
 */
import type { Certificate } from '../schemas/certificate.ts';
import type { Location } from '../schemas/common.ts';
import { categoryOf } from '../domain/categories.ts';
import { categoryByKey } from '../domain/taxonomy.ts';
import { provinceByCode } from '../domain/admin-units.ts';
import { computedExpiry } from '../domain/certificate.ts';
import { resolveCoordinates } from '../domain/coordinates.ts';
import { LATEST_PLAUSIBLE_DATE, OCOP_START, parseRegistryDate } from '../domain/dates.ts';
import { POINT_BANDS, isCertified, parseScore, parseStars, scoreMatchesStars } from '../domain/stars.ts';
import { cleanMultilineText, cleanText, cutAtWord } from '../domain/text.ts';
import { readDecisionReference } from './decision-text.ts';
import type { IssueCode, RowIssue } from './errors.ts';
import type { FactField, Facts } from './file-facts.ts';
import { FIELDS, type ColumnMap, type Field } from './headers.ts';
import type { LayoutRow } from './layout.ts';
import type { RegistryRecord } from './record.ts';
import { resolveRowAddress } from './resolve-address.ts';
import { screenPersonalData } from './screen-personal-data.ts';
import { parseProducerType, parseStandards, parseStatus, parseYes, shopLabel } from './vocabulary.ts';

/** A field a row left empty and took from a heading, the title or the command line. */
export interface InheritedFact {
  field: FactField;
  value: string;
  source: string;
}

export type ParsedRow =
  | { ok: true; record: RegistryRecord; warnings: RowIssue[]; inherited: InheritedFact[] }
  | { ok: false; errors: RowIssue[]; warnings: RowIssue[]; inherited: InheritedFact[] };

export interface RowContext {
  /** Values for the fields a row leaves empty (file-facts.ts). */
  facts?: Facts;
  /** The header's number of cells, where the format can lose cells (a CSV line); checked against the row's. */
  width?: number;
  /** The date the rules are applied on: a decision dated after it is not in force yet. */
  asOf?: string;
}

/** Longest text published per field; longer text is cut, with a warning (a 5 MB description once made a 13 MB page). */
const TEXT_LIMITS: Partial<Record<Field, number>> = {
  name: 250,
  nameEn: 250,
  producer: 250,
  decisionNumber: 100,
  issuer: 200,
  revocationReason: 300,
  code: 100,
  street: 300,
  description: 5000,
  descriptionEn: 5000,
};

export function parseRow(source: LayoutRow, map: ColumnMap, context: RowContext = {}): ParsedRow {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const inherited: InheritedFact[] = [];
  // A value can come from another column ("Số, ngày QĐ" holds the date) or from a fact given for the list.
  const cameFrom = new Map<Field, { column?: Field; fact?: string }>();
  const column = (field: Field): string => {
    const from = cameFrom.get(field)?.column ?? field;
    return map.headers[from] ?? FIELDS[from].label;
  };
  const raw = (field: Field): string => {
    const index = map.columns[field];
    return index === undefined ? '' : (source.cells[index] ?? '');
  };
  type Params = RowIssue['params'];
  const error = (field: Field, reason: string, code?: IssueCode, params?: Params): void => void errors.push(issue(field, reason, code, params));
  const warn = (field: Field, reason: string, code?: IssueCode, params?: Params): void => void warnings.push(issue(field, reason, code, params));
  const issue = (field: Field, reason: string, code?: IssueCode, params?: Params): RowIssue => {
    const fact = cameFrom.get(field)?.fact;
    return {
      row: source.row,
      column: column(field),
      reason: fact ? `${reason} (taken from ${fact})` : reason,
      ...(code ? { code } : {}),
      ...(params ? { params } : {}),
    };
  };
  // Each cell is cleaned once, however often the checks below read it; an empty
  // cell takes the value its heading, the title or the command line gives.
  const cleaned = new Map<Field, string>();
  const text = (field: Field): string => {
    let value = cleaned.get(field);
    if (value === undefined) {
      value = limited(field, cleanText(raw(field)));
      const fact = value === '' ? context.facts?.[field as FactField] : undefined;
      if (fact) {
        value = fact.value;
        inherited.push({ field: field as FactField, value: fact.value, source: fact.source });
        cameFrom.set(field, { fact: fact.source });
      }
      cleaned.set(field, value);
    }
    return value;
  };
  const limited = (field: Field, value: string): string => {
    const limit = TEXT_LIMITS[field];
    if (limit === undefined || value.length <= limit) return value;
    warn(field, `${value.length} characters, more than the ${limit} published; cut`, 'text-too-long', { length: value.length, limit });
    return cutAtWord(value, limit);
  };

  if (context.width !== undefined && source.cells.length !== context.width) {
    errors.push({
      row: source.row,
      column: '(row)',
      reason: `the row has ${source.cells.length} cells where the header has ${context.width}: cells were deleted or added (as Excel's "shift cells left" does), so values may sit under the wrong headers`,
      code: 'cell-count-mismatch',
      params: { count: source.cells.length, expected: context.width },
    });
  }

  const name = text('name');
  if (!name) error('name', 'the product name is empty', 'empty-name');
  const producerName = text('producer');
  if (!producerName) error('producer', 'the producer name is empty', 'empty-producer');

  const starsText = text('stars');
  const stars = parseStars(starsText);
  if (stars === null) {
    const withoutNote = parseStars(starsText.replace(/\([^)]*\)/g, ' '));
    if (withoutNote !== null) {
      // "5 sao (cấp tỉnh)": a province's rating proposed for the national one, which alone grants 5 stars.
      error(
        'stars',
        `"${starsText}": the note in brackets leaves the certified stars unclear; write the stars the certificate grants (3, 4 or 5; only the Ministry grants 5)`,
        'unknown-stars',
        { value: starsText },
      );
    } else if (starsText) error('stars', `"${starsText}" is not a star rating (write 3, 4 sao or ★★★★)`, 'unknown-stars', { value: starsText });
    else error('stars', 'no star rating', 'no-stars');
  } else if (!isCertified(stars)) error('stars', `${stars} stars carry no OCOP certificate (3 stars or more)`, 'stars-below-certificate', { stars });

  const scoreText = text('score');
  const score = scoreText ? parseScore(scoreText) : null;
  if (scoreText && score === null) error('score', `"${scoreText}" is not a score out of 100`, 'not-a-score', { value: scoreText });
  if (score !== null && stars !== null && !scoreMatchesStars(score, stars)) {
    const band = POINT_BANDS[stars];
    error(
      'score',
      `${scoreText} points contradict ${stars} stars (${stars} stars means ${band.min} to under ${band.max} points${stars === 5 ? ' or 100' : ''})`,
      'score-contradicts-stars',
      { score, stars, min: band.min, max: band.max },
    );
  }

  // "3981/QĐ-UBND ngày 05/08/2026" in one cell (a "Số, ngày QĐ" column) gives both.
  const decisionCell = text('decisionNumber');
  const reference = readDecisionReference(decisionCell);
  const decisionNumber = reference?.number ?? decisionCell.replace(/^(quyết định\s+)?số\s*:?\s*/iu, '');
  if (!decisionNumber) error('decisionNumber', 'no decision number: not in the row, a heading above it, the title or --decision', 'no-decision');
  if (reference?.date && !raw('decisionDate').trim()) {
    cleaned.set('decisionDate', reference.date);
    cameFrom.set('decisionDate', { column: 'decisionNumber' });
  }
  const decisionDate = readDate('decisionDate', true);
  if (decisionDate && context.asOf && decisionDate > context.asOf) {
    error('decisionDate', `decided on ${decisionDate}, after the as-of date ${context.asOf}: not in force yet`, 'date-in-future', {
      value: decisionDate,
      asOf: context.asOf,
    });
  }
  const explicitExpiry = readDate('expiresOn', false);
  if (decisionDate && explicitExpiry && explicitExpiry < decisionDate)
    error('expiresOn', `expiry ${explicitExpiry} is before the decision date ${decisionDate}`, 'expiry-before-decision', {
      expiresOn: explicitExpiry,
      decisionDate,
    });
  const revokedOn = readDate('revokedOn', false);

  const statusText = text('status');
  let status = parseStatus(statusText);
  if (status === null)
    error('status', `unknown status "${statusText}" (expected còn hiệu lực, đã thu hồi or đang đánh giá lại)`, 'unknown-status', { value: statusText });
  // A revocation date is a revocation, whatever the status cell forgot to say.
  if (revokedOn && status !== 'revoked') status = 'revoked';

  const category = categoryOf(text('category'), name);
  if (!category.ok) error('category', category.reason, text('category') ? 'unknown-category' : 'no-category', { value: text('category') });
  else if (category.note) {
    const placed = { value: text('category') || name, productSet: category.key, label: categoryByKey(category.key).label.vi };
    warn('category', category.note, category.inferred ? 'inferred-set' : 'category-not-in-set', placed);
  }

  // The row's own cells: a heading's, the title's or the command line's place is passed apart,
  // so that an address the row writes in full wins over it.
  const own = (field: 'province' | 'district' | 'commune'): string => cleanText(raw(field));
  const address = resolveRowAddress({
    province: own('province'),
    district: own('district'),
    commune: own('commune'),
    address: text('street'),
    code: text('code'),
    givenProvince: context.facts?.province,
    givenDistrict: context.facts?.district,
  });
  if (!address.ok) error(map.columns.province !== undefined ? 'province' : 'street', address.problem, 'unknown-province', { value: own('province') });
  else {
    if (address.communeProblem) {
      const where = address.from.commune === 'address' ? 'street' : address.from.commune === 'code' ? 'code' : 'commune';
      warn(where, `${address.communeProblem}; kept as written`, communeProblemCode(address.communeProblem), {
        value: address.asWritten,
        province: provinceByCode(address.provinceCode)?.fullName ?? '',
      });
    }
    if (address.from.province === 'given' && context.facts?.province) inherited.push({ field: 'province', ...context.facts.province });
    if (address.from.district === 'given' && context.facts?.district) inherited.push({ field: 'district', ...context.facts.district });
  }

  let location: Location | undefined;
  const latText = text('lat');
  const lonText = text('lon');
  if (latText || lonText) {
    if (!latText || !lonText) warn(latText ? 'lon' : 'lat', 'only one of latitude and longitude is given; no map position', 'coordinate-missing');
    else {
      const coordinates = resolveCoordinates(latText, lonText);
      if (!coordinates.ok) error('lat', coordinates.reason, 'coordinates-outside-vietnam', { lat: latText, lon: lonText });
      else {
        location = coordinates.location;
        if (coordinates.swapped) warn('lat', 'latitude and longitude were swapped; swapped back', 'coordinates-swapped');
      }
    }
  }

  const producerType = parseProducerType(text('producerType'), producerName);
  if (producerType === null) {
    warn(
      'producerType',
      `unknown producer type "${text('producerType')}"; treated as a household business, so its contacts stay private`,
      'unknown-producer-type',
      { value: text('producerType') },
    );
  }

  const { standards, unknown } = parseStandards(text('standards'));
  if (unknown.length > 0) warn('standards', `not a known quality standard: ${unknown.join(', ')}`, 'unknown-standard', { value: unknown.join(', ') });

  const ecommerce: RegistryRecord['ecommerce'] = [];
  for (const link of raw('ecommerce')
    .split(/[\s;,|]+/)
    .filter(Boolean)) {
    const url = readUrl(link);
    if (url) ecommerce.push({ label: shopLabel(url), url: url.href });
    else warn('ecommerce', `"${cleanText(link)}" is not an http(s) link`, 'not-a-link', { value: cleanText(link) });
  }

  const email = text('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) warn('email', `"${email}" is not an email address`, 'not-an-email', { value: email });

  const image = text('image');
  const imageOk = !image || (/^https?:\/\//i.test(image) ? readUrl(image) !== null : isPhotoFileName(image));
  if (!imageOk)
    warn('image', `"${image}" must be a photo file name (.jpg, .png, .webp, .avif) in images/ or an http(s) link; left out`, 'photo-not-a-file-name', {
      value: image,
    });

  if (errors.length > 0 || stars === null || !isCertified(stars) || !decisionDate || !status || !category.ok || !address.ok) {
    return { ok: false, errors, warnings, inherited };
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
    // A reason on a row that is not revoked is an office's note, not a public fact.
    ...(status === 'revoked' && text('revocationReason') ? { revocationReason: text('revocationReason') } : {}),
  };
  const record: RegistryRecord = {
    row: source.row,
    name,
    producerName,
    producerType: producerType ?? 'household',
    certificate,
    category: category.key,
    address: {
      provinceCode: address.provinceCode,
      ...(address.communeCode ? { communeCode: address.communeCode } : {}),
      asWritten: address.asWritten,
      ...(address.street ? { street: address.street } : {}),
    },
    ecommerce,
    standards,
    publicContact: parseYes(text('publicContact')),
  };
  const code = text('code');
  if (code) record.code = code;
  if (location) record.location = location;
  const description = limited('description', cleanMultilineText(raw('description')));
  if (description) record.description = description;
  // An English cell that repeats the Vietnamese says nothing an English page would not show anyway.
  const nameEn = text('nameEn');
  if (nameEn && nameEn !== name) record.nameEn = nameEn;
  const descriptionEn = limited('descriptionEn', cleanMultilineText(raw('descriptionEn')));
  if (descriptionEn && descriptionEn !== description) record.descriptionEn = descriptionEn;
  if (image && imageOk) record.image = image;
  const website = optionalUrl('website');
  if (website) record.website = website;
  const traceabilityUrl = optionalUrl('traceabilityUrl');
  if (traceabilityUrl) record.traceabilityUrl = traceabilityUrl;
  const phone = text('phone')
    .replace(/[^\d+ .()-]/g, '')
    .trim();
  if (phone) record.phone = phone;
  if (email && !warnings.some((w) => w.column === column('email'))) record.email = email;
  const screened = screenPersonalData(record, source.row, column);
  warnings.push(...screened.warnings);
  if (screened.errors.length > 0) return { ok: false, errors: screened.errors, warnings, inherited };
  return { ok: true, record, warnings, inherited };

  function readDate(field: Field, required: boolean): string | null {
    const value = text(field);
    if (!value) {
      if (required) error(field, 'no date given', 'no-date');
      return null;
    }
    const iso = parseRegistryDate(value);
    if (!iso) error(field, `"${value}" is not a date (write dd/mm/yyyy)`, 'not-a-date', { value });
    else if (iso < OCOP_START || iso > LATEST_PLAUSIBLE_DATE) {
      error(field, `${iso} cannot be a date of an OCOP certificate (the programme began in 2018)`, 'date-before-ocop', { value: iso });
      return null;
    }
    return iso;
  }

  function optionalUrl(field: Field): string | undefined {
    const value = text(field);
    if (!value) return undefined;
    const url = readUrl(value);
    if (!url) warn(field, `"${value}" is not an http(s) link; left out`, 'not-a-link', { value });
    return url?.href;
  }
}

/** The workbook's kind of an unplaced commune, from the resolver's words. */
function communeProblemCode(problem: string): IssueCode {
  if (/split/.test(problem)) return 'commune-split';
  if (/several|are called|existed in/.test(problem)) return 'commune-ambiguous';
  return 'commune-not-found';
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
