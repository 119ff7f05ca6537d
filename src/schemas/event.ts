import { z } from 'astro/zod';
import { address, location, webUrl } from './common.ts';

/** A trade fair or festival, hand-written in `content/events/`. */
export const event = z.object({
  title: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  /** First and last day, Vietnam dates. */
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Daily opening time, Vietnam time, `HH:MM`, when known. */
  opens: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  closes: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  venue: z.string().min(1),
  address: address,
  location: location.optional(),
  /** Province codes taking part. */
  provinces: z.array(z.string().regex(/^\d{2}$/)).default([]),
  /** Product ids on show. */
  products: z.array(z.string()).default([]),
  organiser: z.string().optional(),
  website: webUrl.optional(),
  summary: z.object({ vi: z.string(), en: z.string() }),
});

export type OcopEvent = z.infer<typeof event>;
