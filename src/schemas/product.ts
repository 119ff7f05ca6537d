import { z } from 'astro/zod';
import { CATEGORY_KEYS } from '../domain/taxonomy.ts';
import { address, location, webUrl } from './common.ts';
import { certificate } from './certificate.ts';

/** Quality standards a product may declare; anything else is reported by the importer. */
export const QUALITY_STANDARDS = ['VietGAP', 'GlobalGAP', 'HACCP', 'ISO 22000', 'ISO 9001', 'FSSC 22000', 'Hữu cơ', 'BRC'] as const;

/**
 * A public OCOP product, as written by the importer to `content/registry/products.json`
 * and read by the `products` content collection. Only these fields reach the site.
 */
export const product = z.object({
  /** Stable URL slug: the product name in ASCII plus a short hash of its registry identity. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Product code from the registry (Mã sản phẩm), when the export has one. */
  code: z.string().optional(),
  /** Product name as certified. */
  name: z.string().min(1),
  /** The name in English, when the registry keeps one; English pages show it with the certified name beside it. */
  nameEn: z.string().min(1).optional(),
  /** `id` of the producer (chủ thể) holding the certificate. */
  producerId: z.string(),
  /**
   * Where the product sits in the OCOP classification of QĐ 26/2026: the key of
   * the most specific level known (`src/domain/taxonomy.ts`, `CATEGORY_KEYS`).
   * - a product set, e.g. `I.3.b`, or the key of a group of one set, e.g. `I.6`
   *   (Cà phê, ca cao): the set is known;
   * - a group, e.g. `I.3` (Thực phẩm chế biến): the export named the group and
   *   the set is not known yet;
   * - a sector, e.g. `I` (Thực phẩm): only the sector is known.
   * The importer reads it from the category cell and, where the cell stops at a
   * sector or group, from a decisive keyword of the product name (reported as a
   * warning). Sector, group and set follow from the key: `categoryByKey(key)`.
   * A sector or group key means "not yet in a product set" (chưa xếp bộ).
   */
  category: z.enum(CATEGORY_KEYS),
  /** The certificate facts; the build date decides whether stars show. */
  certificate: certificate,
  /** Where the product is made, in current units, with the address as written. */
  address: address,
  /** Map position, when the export gives one that lies in Vietnam. */
  location: location.optional(),
  /** Description from the registry, plain text. */
  description: z.string().optional(),
  /** The description in English, plain text, when the registry keeps one. */
  descriptionEn: z.string().optional(),
  /** Photo: a path under `content/registry/images/` or an http(s) URL. */
  image: z.string().optional(),
  /** Producer's or product's website. */
  website: webUrl.optional(),
  /** Shops on e-commerce platforms (Shopee, Lazada, Tiki, Sendo, Postmart, Voso…). */
  ecommerce: z.array(z.object({ label: z.string(), url: webUrl })).default([]),
  /** Link to the product's traceability record (truy xuất nguồn gốc). */
  traceabilityUrl: webUrl.optional(),
  /** Declared quality standards. */
  standards: z.array(z.enum(QUALITY_STANDARDS)).default([]),
  /** Spreadsheet row (header = 1) this product came from, for provenance. */
  sourceRow: z.number().int().min(2),
});

export type Product = z.infer<typeof product>;
export type QualityStandard = (typeof QUALITY_STANDARDS)[number];
