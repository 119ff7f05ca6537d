/** Absolute URLs from site paths, for canonical tags, feeds, QR codes and open data. */
export function siteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}
