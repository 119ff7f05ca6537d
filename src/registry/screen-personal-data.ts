/**
 * Personal data in the cells that are published, row by row. People type ID
 * numbers and phones into descriptions, producer names and addresses ("Hộ ông
 * Dũng, ĐT 0912 345 682", "CCCD030187004324"); one policy (src/domain/personal-data.ts)
 * finds them here, in the build and in the release check. Here each value is
 * removed from free text and reported, masked; a field that is one value (a code,
 * a link) is left out; a row whose name is nothing but such a value is
 * quarantined. The rest of the row, and every other row, publishes.
 */
import { findPersonalData, isPublicContact, maskForLog, publicContacts, screenField, type PersonalDataMatch } from '../domain/personal-data.ts';
import type { RowIssue } from './errors.ts';
import type { Field } from './headers.ts';
import type { RegistryRecord } from './record.ts';
import { mayPublishContact } from './privacy.ts';

const KIND_WORDS: Record<PersonalDataMatch['kind'], string> = { 'id-number': 'an ID number', phone: 'a phone number', email: 'an email address' };

/** Screens `record` in place; returns what was removed (warnings) and what leaves the row unpublishable (errors). */
export function screenPersonalData(record: RegistryRecord, row: number, column: (field: Field) => string): { warnings: RowIssue[]; errors: RowIssue[] } {
  const warnings: RowIssue[] = [];
  const errors: RowIssue[] = [];
  // A contact the row may publish (an organisation's, or a household's marked public) is not a leak.
  const allowed = mayPublishContact(record) ? publicContacts([{ contact: { phone: record.phone, email: record.email } }]) : publicContacts([]);
  const keep = isPublicContact(allowed);
  const screen = (field: Field, value: string | undefined, freeText: boolean, onUnusable: 'drop' | 'quarantine'): string | undefined => {
    if (!value) return value;
    const result = screenField(value, { freeText, keep });
    if (result.verdict === 'clean') return value;
    const found = result.verdict === 'stripped' ? result.removed : result.found;
    const what = [...new Set(found.map((match) => `${KIND_WORDS[match.kind]} ${maskForLog(match.text)}`))].join(', ');
    if (result.verdict === 'stripped') {
      warnings.push({
        row,
        column: column(field),
        reason: `removed ${what}: personal data is never published`,
        code: 'personal-data-removed',
        params: { what },
      });
      return result.value;
    }
    const issue: RowIssue = {
      row,
      column: column(field),
      reason: `holds ${what} and nothing that can be published`,
      code: 'personal-data-removed',
      params: { what },
    };
    (onUnusable === 'quarantine' ? errors : warnings).push(issue);
    return undefined;
  };

  record.name = screen('name', record.name, true, 'quarantine') ?? '';
  record.producerName = screen('producer', record.producerName, true, 'quarantine') ?? '';
  // The English texts are free text like the Vietnamese; the product keeps its Vietnamese name without them.
  setOptional(record, 'nameEn', screen('nameEn', record.nameEn, true, 'drop'));
  setOptional(record, 'description', screen('description', record.description, true, 'drop'));
  setOptional(record, 'descriptionEn', screen('descriptionEn', record.descriptionEn, true, 'drop'));
  setOptional(record, 'code', screen('code', record.code, false, 'drop'));
  setOptional(record, 'website', screen('website', record.website, false, 'drop'));
  setOptional(record, 'traceabilityUrl', screen('traceabilityUrl', record.traceabilityUrl, false, 'drop'));
  setOptional(record, 'image', screen('image', record.image, false, 'drop'));
  record.ecommerce = record.ecommerce.filter((shop) => screen('ecommerce', shop.url, false, 'drop') !== undefined);
  const street = screen('street', record.address.street, true, 'drop');
  if (street) record.address.street = street;
  else delete record.address.street;
  record.address.asWritten = screen('street', record.address.asWritten, true, 'drop') ?? '';
  const issuer = screen('issuer', record.certificate.issuer, true, 'drop');
  if (issuer) record.certificate.issuer = issuer;
  else delete record.certificate.issuer;
  // Free text typed by the office; a reason that names a person's phone or card loses them.
  const reason = screen('revocationReason', record.certificate.revocationReason, true, 'drop');
  if (reason) record.certificate.revocationReason = reason;
  else delete record.certificate.revocationReason;
  return { warnings, errors };
}

type OptionalText = 'nameEn' | 'description' | 'descriptionEn' | 'code' | 'website' | 'traceabilityUrl' | 'image';

function setOptional(record: RegistryRecord, key: OptionalText, value: string | undefined): void {
  if (value) record[key] = value;
  else delete record[key];
}

/** A report's text with every personal-looking value masked: reasons quote cells, and the report is kept beside the release. */
export function maskPersonalDataIn(text: string): string {
  let masked = text;
  for (const match of findPersonalData(text)) masked = masked.split(match.text).join(maskForLog(match.text));
  return masked;
}

/** The same for an issue: its reason and the values it names. */
export function maskIssue<T extends RowIssue>(issue: T): T {
  const params =
    issue.params &&
    Object.fromEntries(Object.entries(issue.params).map(([key, value]) => [key, typeof value === 'string' ? maskPersonalDataIn(value) : value]));
  return { ...issue, reason: maskPersonalDataIn(issue.reason), ...(params ? { params } : {}) };
}
