/**
 * Calendar arithmetic on Vietnam dates written `YYYY-MM-DD`. Vietnam has one time
 * zone (UTC+7) and no daylight saving, so a date is a plain calendar day here and
 * all arithmetic runs in UTC on those days, never on the machine's local clock.
 */

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today's date in Vietnam (Asia/Ho_Chi_Minh) for the given instant. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/**
 * The same day `months` later; where that day does not exist (the 31st, 29 February)
 * the last day of that month. This is how the Civil Code (art. 147) ends a period
 * counted in months.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); serials
// between these bounds are dates from 1954 to 2100, which covers any decision.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_SERIAL_MIN = 20_000;
const EXCEL_SERIAL_MAX = 73_000;

/** The ISO date of an Excel serial day number (fractions, i.e. times of day, are dropped). */
export function excelSerialToIso(serial: number): string {
  return fromUtc(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/**
 * A registry date as `YYYY-MM-DD`, from `dd/mm/yyyy`, `d/m/yyyy` (also with `-` or
 * `.`), ISO `yyyy-mm-dd` or an Excel serial number; null when it is none of these
 * or names a day that does not exist. Day-first always: Vietnam never writes mm/dd,
 * so `12/31/2024` is an error, not 31 December.
 */
export function parseRegistryDate(text: string): string | null {
  const value = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}(\.\d+)?$/.test(value)) {
    const serial = Number(value);
    return serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX ? excelSerialToIso(serial) : null;
  } else return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The national OCOP programme began with QĐ 490/QĐ-TTg of 7 May 2018: no date of a
 * certificate lies before 2018. A date-styled spreadsheet cell holding 0 or 60 reads
 * as 1899 or 1900, and a stray serial such as 73000 as 2099; both bounds catch them.
 */
export const OCOP_START = '2018-01-01';
export const LATEST_PLAUSIBLE_DATE = '2100-12-31';
