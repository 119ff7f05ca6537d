import { z } from 'astro/zod';
import { VIETNAM_BOUNDS, type Coordinates } from '../domain/coordinates.ts';

/** A calendar date in Vietnam time, written `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/**
 * A date in Markdown front matter. YAML 1.1 (Astro's reader) takes an unquoted
 * `2026-11-20` for a date, and the office's editor writes it unquoted (YAML
 * 1.2 has no dates); both come out as `YYYY-MM-DD`.
 */
export const frontMatterDate = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDate);

/** A URL a visitor may follow: only http and https, never `javascript:` or `data:`. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'only http(s) links are published' });

/** A point on the map (WGS 84), already checked to lie in Vietnam. */
export const location = z.object({
  lat: z.number().min(VIETNAM_BOUNDS.minLat).max(VIETNAM_BOUNDS.maxLat),
  lon: z.number().min(VIETNAM_BOUNDS.minLon).max(VIETNAM_BOUNDS.maxLon),
  // The shape the importer's coordinate rule (src/domain/coordinates.ts) produces; a change that breaks it fails to compile.
}) satisfies z.ZodType<Coordinates>;

/** Where something is, in today's administrative units (since 1 July 2025). */
export const address = z.object({
  /** Current province code (2 digits, QĐ 19/2025), e.g. `68` for Lâm Đồng. */
  provinceCode: z.string().regex(/^\d{2}$/),
  /** Current commune code (5 digits) where the export names a commune that could be resolved. */
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  /**
   * The address as written on the decision or in the export, kept verbatim so the
   * page can say "formerly huyện Đắk Song, tỉnh Đắk Nông". Only the administrative
   * part (commune, district, province); a household's street address never goes here.
   */
  asWritten: z.string().optional(),
  /** Street address, published only for organisations or when the export marks contacts public. */
  street: z.string().optional(),
});

export type Location = z.infer<typeof location>;
export type Address = z.infer<typeof address>;
