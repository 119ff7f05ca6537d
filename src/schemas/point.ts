import { z } from 'astro/zod';
import { address, location, webUrl } from './common.ts';

/** Kinds of place for an OCOP display and sales point, after QĐ 950/QĐ-BCT (2023). */
export const POINT_KINDS = [
  'transport-hub', // stations, airports, ports, bus stations
  'rest-stop', // highway and national-road rest stops
  'retail', // malls, supermarkets, markets
  'tourist-site', // shops in tourist sites, restaurants, hotels
  'craft-village',
  'commercial-centre', // commune commercial centres, industrial clusters
  'exhibition-centre',
  'post-office',
] as const;

/** A display and sales point (điểm giới thiệu và bán sản phẩm OCOP), hand-written in `content/points/`. */
export const point = z.object({
  /** Name of the shop or point. */
  name: z.string().min(1),
  /** Type of place per QĐ 950. */
  kind: z.enum(POINT_KINDS),
  /** Current administrative address with street. */
  address: address.extend({ street: z.string() }),
  /** Map position. */
  location: location.optional(),
  /** Opening hours in plain words, per language, where known. */
  openingHours: z.object({ vi: z.string(), en: z.string() }).optional(),
  /** Product ids sold here (from the registry). */
  products: z.array(z.string()).default([]),
  /** Product set keys the point specialises in, when it sells more than listed products. */
  productSets: z.array(z.string()).default([]),
  /** Public phone of the point (a business line). */
  phone: z.string().optional(),
  website: webUrl.optional(),
  /** Short description, per language. */
  description: z.object({ vi: z.string(), en: z.string() }).optional(),
});

export type Point = z.infer<typeof point>;
