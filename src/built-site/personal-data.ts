/**
 * The personal-data scan of built files: every text file of a release (and the
 * build's dist/) read with the one policy of src/domain/personal-data.ts. Phones
 * and emails are allowed when a producer or a display point publishes them; the
 * allow-list comes from the public registry itself, so the importer, the build
 * and the release check agree on what "public" means. ID numbers never are.
 */
import { findPersonalData as findInText, isPublicContact, maskForLog, type PersonalDataMatch, type PublicContacts } from '../domain/personal-data.ts';

export { normalisePhone, publicContacts, type ContactSource, type PublicContacts } from '../domain/personal-data.ts';

/** One line per finding, sorted: file, kind, and the value partly masked so the log itself does not leak it. */
export function findPersonalData(files: Map<string, string>, allowed: PublicContacts): string[] {
  const published = isPublicContact(allowed);
  const findings = new Set<string>();
  for (const [file, text] of files) {
    // iCalendar identifiers are written like addresses (RFC 5545 suggests it); they are not mail boxes.
    const scanned = file.endsWith('.ics') ? text.replace(/^UID:.*$/gm, '') : text;
    for (const match of findInText(scanned)) if (!published(match)) findings.add(`${file}: ${describe(match)}`);
  }
  return [...findings].sort();
}

function describe(match: PersonalDataMatch): string {
  const masked = maskForLog(match.normalised);
  switch (match.kind) {
    case 'id-number':
      return `${match.normalised.length}-digit ID number ${masked}`;
    case 'phone':
      return `${match.normalised.startsWith('02') ? 'landline' : 'mobile'} number ${masked} that no producer or point publishes`;
    case 'email':
      return `email ${masked} not marked public`;
  }
}
