/**
 * Personal data that must never be published, looked for in every text file of a
 * release: citizen ID numbers (12-digit CCCD, 9-digit CMND), personal mobile
 * numbers other than those published as a producer's or a point's contact, and
 * email addresses not marked public. The allow-lists come from the public
 * registry itself, so the check and the importer agree on what "public" means.
 */

/** A 12- or 9-digit number standing alone (not part of a decimal, a longer number, a hash, a path or a word). */
const ID_NUMBER = /(?<![\w/-]|\d[.,])(\d{12}|\d{9})(?![\w/-]|[.,]\d|%)/g;
/**
 * A Vietnamese mobile number (03x, 05x, 07x, 08x, 09x, or +84), with optional
 * spaces, dots or dashes, standing alone: a photo's content hash
 * (`/photos/0988333497c8…`) starts like one often enough to refuse a release.
 */
const MOBILE = /(?<![\w+])(?:\+84[ .-]?|0)([35789](?:[ .-]?\d){8})(?!\w)/g;
/**
 * Starts only where a run of address characters starts: without the lookbehind the
 * engine retried every position inside long runs (hashes, base64), which made this
 * scan the slowest of the release checks.
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** "name@2x.png" is an image, not an address. */
const FILE_LIKE = /\.(png|jpe?g|webp|avif|gif|svg|js|css|woff2?)$/i;

export interface PublicContacts {
  /** Phone numbers published on purpose (digits only, national form `0…`). */
  phones: Set<string>;
  /** Email addresses published on purpose (lower case). */
  emails: Set<string>;
}

export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/** Anything that may publish a contact: a producer (`contact`) or a display point (`phone`). */
export interface ContactSource {
  contact?: { phone?: string | undefined; email?: string | undefined } | undefined;
  phone?: string | undefined;
}

export function publicContacts(sources: ContactSource[], extraEmails: string[] = []): PublicContacts {
  const phones = new Set<string>();
  const emails = new Set(extraEmails.map((e) => e.toLowerCase()));
  for (const source of sources) {
    for (const phone of [source.contact?.phone, source.phone]) if (phone) phones.add(normalisePhone(phone));
    if (source.contact?.email) emails.add(source.contact.email.toLowerCase());
  }
  return { phones, emails };
}

/** One line per finding: file, kind, and the value partly masked so the log itself does not leak it. */
export function findPersonalData(files: Map<string, string>, allowed: PublicContacts): string[] {
  const findings: string[] = [];
  for (const [file, text] of files) {
    for (const match of text.matchAll(ID_NUMBER)) findings.push(`${file}: ${match[1]!.length}-digit ID number ${mask(match[1]!)}`);
    for (const match of text.matchAll(MOBILE)) {
      const phone = normalisePhone(`0${match[1]}`);
      if (!allowed.phones.has(phone)) findings.push(`${file}: mobile number ${mask(phone)} that no producer or point publishes`);
    }
    // iCalendar identifiers are written like addresses (RFC 5545 suggests it); they are not mail boxes.
    const scanned = file.endsWith('.ics') ? text.replace(/^UID:.*$/gm, '') : text;
    for (const match of scanned.matchAll(EMAIL)) {
      const email = match[0].toLowerCase();
      if (!FILE_LIKE.test(email) && !allowed.emails.has(email)) findings.push(`${file}: email ${mask(email)} not marked public`);
    }
  }
  return findings.sort();
}

function mask(value: string): string {
  return value.length <= 4 ? '****' : `${value.slice(0, 3)}…${value.slice(-2)}`;
}
