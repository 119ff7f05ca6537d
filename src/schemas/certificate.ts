import { z } from 'astro/zod';
import { CERTIFICATE_STATUSES, type CertificateFacts } from '../domain/certificate.ts';
import { isoDate } from './common.ts';

/**
 * What the registry says about a product's OCOP certificate. These are facts from
 * the export; whether the stars show on a given day is decided by
 * `certificateStateOn()` in `src/domain/certificate.ts`, applied with the build date.
 */
export const certificate = z.object({
  /** Stars awarded: only 3, 4 and 5 carry a certificate. */
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  /** Score out of 100, where the export gives it; always inside the stars' point band. */
  score: z.number().min(50).max(100).optional(),
  /** Number of the recognition decision, e.g. `1234/QĐ-UBND`. */
  decisionNumber: z.string().min(1),
  /** Date of the decision (Vietnam date). Validity runs 36 months from it. */
  decisionDate: isoDate,
  /** Last day the certificate is valid: the export's explicit expiry, or decision date + 36 months. */
  expiresOn: isoDate,
  /** Body that issued the decision, as written (e.g. "UBND tỉnh Gia Lai", "UBND huyện Tứ Kỳ"). */
  issuer: z.string().optional(),
  /** Registry status: in force, revoked (thu hồi), or filed for re-rating and awaiting the result. */
  status: z.enum(CERTIFICATE_STATUSES),
  /** Date of revocation, when revoked (Vietnam date); absent means "revoked, date unknown". */
  revokedOn: isoDate.optional(),
  /** Why it was revoked, as the registry writes it (e.g. "Vi phạm chất lượng sản phẩm"), when revoked and given. */
  revocationReason: z.string().min(1).optional(),
  // The domain rule defines the facts it reads; a change here that breaks them fails to compile.
}) satisfies z.ZodType<CertificateFacts>;

export type Certificate = z.infer<typeof certificate>;
