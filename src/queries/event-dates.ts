/**
 * Whether a fair is past on the build date: one rule for the pages that mark
 * it, the lists of upcoming fairs (src/queries/catalogue.ts) and the render
 * keys (src/routes/render-keys.ts). Apart from the catalogue so that the keys'
 * tests need no Astro.
 */

/** An event is past once its last day is before the build date; on its last day it is still on. */
export function eventIsPast(catalogue: { buildDate: string }, event: { data: { endDate: string } }): boolean {
  return event.data.endDate < catalogue.buildDate;
}
