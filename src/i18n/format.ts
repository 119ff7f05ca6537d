/**
 * Dates and numbers per language. Registry dates are Vietnam calendar days
 * (`YYYY-MM-DD`), so they are formatted as UTC days and never shift with the
 * machine's time zone.
 */
import type { Lang } from './langs.ts';

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/**
 * Formatted dates, kept: every page's footer formats the same two dates, and
 * ICU's formatting cost about 2 s of a 20,000-product build (a CPU profile of
 * page generation). A catalogue holds a few thousand distinct days at most.
 */
const formattedDates: Record<Lang, Map<string, string>> = { vi: new Map(), en: new Map() };

/** `2026-11-23` → `23/11/2026` (vi) or `23 November 2026` (en). */
export function formatDate(lang: Lang, isoDate: string): string {
  const known = formattedDates[lang].get(isoDate);
  if (known !== undefined) return known;
  const formatted = dateFormats[lang].format(new Date(`${isoDate}T00:00:00Z`));
  formattedDates[lang].set(isoDate, formatted);
  return formatted;
}

/** A date range; one date when both ends are the same day. */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  return start === end ? formatDate(lang, start) : `${formatDate(lang, start)} – ${formatDate(lang, end)}`;
}

/** `20000` → `20.000` (vi) or `20,000` (en). */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}
