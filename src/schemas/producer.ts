import { z } from 'astro/zod';
import { address, location, webUrl } from './common.ts';

/** Kinds of OCOP certificate holder (chủ thể OCOP). */
export const PRODUCER_TYPES = ['cooperative', 'cooperative-group', 'enterprise', 'household', 'farm', 'other'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

/**
 * A public producer, derived by the importer from the product rows and written to
 * `content/registry/producers.json`. Household businesses are people: their phone,
 * email and street address appear only when the export marks contacts public.
 */
export const producer = z.object({
  /** Stable URL slug from the normalised name and province. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name as registered. */
  name: z.string().min(1),
  /** Legal form. */
  type: z.enum(PRODUCER_TYPES),
  /** Current administrative address (street only when publishable). */
  address: address,
  /** Map position, when known. */
  location: location.optional(),
  /** Contact details the export allows to be published; absent otherwise. */
  contact: z
    .object({
      phone: z.string().optional(),
      email: z.email().optional(),
    })
    .optional(),
  /** Website, when the export gives one. */
  website: webUrl.optional(),
});

export type Producer = z.infer<typeof producer>;
