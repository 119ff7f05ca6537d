/**
 * The guard against mass loss: should tonight's export replace the live release?
 * A pure function of the two registries, so each rule is tested on its own.
 *
 * "Lost" means a product live tonight whose id the new export no longer yields at
 * all (missing row, or a row now quarantined). A product still in the export whose
 * certificate lapsed or was revoked is expected change: reported, never blocked,
 * because the certificate rules say it must go.
 */
import { certificateStateOn } from '../domain/certificate.ts';
import type { Product } from '../schemas/product.ts';

export const GUARD_LIMITS = {
  /** Refuse when more than this share of the live published products is lost… */
  maxLostShare: 0.1,
  /** …or more than this many, whichever comes first. */
  maxLostCount: 50,
  /** Refuse when any province loses more than this share of its live published products. */
  maxProvinceLostShare: 0.3,
  /** Refuse when more than this share of the export's rows is quarantined. */
  maxQuarantinedShare: 0.2,
} as const;

export interface GuardInput {
  /** The live release's products and the date they were published for; null on the first run. */
  live: { products: Product[]; asOf: string } | null;
  /** Tonight's import. */
  next: { products: Product[]; asOf: string; rows: number; quarantined: number };
  /** Set when the export's last row stops short of the header (cut off mid-row). */
  truncatedAt?: { row: number; cells: number; columns: number } | undefined;
  /** A shrink a person accepted with `--allow-shrink N --reason TEXT`. */
  allowShrink?: { count: number; reason: string } | undefined;
}

export interface LostProduct {
  id: string;
  name: string;
  provinceCode: string;
}

export interface ExpectedWithdrawal {
  id: string;
  name: string;
  reason: 'expired' | 'revoked';
  since: string | null;
}

export interface GuardVerdict {
  /** Why the export must not be published; empty means it may be. */
  refusals: string[];
  lost: LostProduct[];
  /** Live products that lose their stars tonight for a reason in the registry. */
  expected: ExpectedWithdrawal[];
  /** The accepted shrink, when `--allow-shrink` covered a loss that the rules would refuse. */
  acceptedShrink: { count: number; lost: number; reason: string } | null;
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

export function guardExport(input: GuardInput): GuardVerdict {
  const { live, next, truncatedAt, allowShrink } = input;
  const refusals: string[] = [];

  if (next.rows === 0) refusals.push('the export has no data rows');
  if (truncatedAt) {
    refusals.push(`the export looks cut off: its last row (row ${truncatedAt.row}) has ${truncatedAt.cells} of ${truncatedAt.columns} columns`);
  }
  if (next.rows > 0 && next.quarantined / next.rows > GUARD_LIMITS.maxQuarantinedShare) {
    refusals.push(
      `${next.quarantined} of ${next.rows} rows (${percent(next.quarantined / next.rows)}) are quarantined, more than ${percent(GUARD_LIMITS.maxQuarantinedShare)}`,
    );
  }

  const livePublished = live ? live.products.filter((p) => certificateStateOn(p.certificate, live.asOf).shown) : [];
  const nextById = new Map(next.products.map((p) => [p.id, p]));
  const lost: LostProduct[] = [];
  const expected: ExpectedWithdrawal[] = [];
  for (const product of livePublished) {
    const now = nextById.get(product.id);
    if (!now) {
      lost.push({ id: product.id, name: product.name, provinceCode: product.address.provinceCode });
      continue;
    }
    const state = certificateStateOn(now.certificate, next.asOf);
    if (!state.shown) expected.push({ id: now.id, name: now.name, reason: state.state, since: state.since ?? null });
  }

  const shrinkRefusals: string[] = [];
  if (livePublished.length > 0) {
    const share = lost.length / livePublished.length;
    if (share > GUARD_LIMITS.maxLostShare || lost.length > GUARD_LIMITS.maxLostCount) {
      shrinkRefusals.push(
        `${lost.length} of ${livePublished.length} published products (${percent(share)}) would disappear; the limit is ${percent(GUARD_LIMITS.maxLostShare)} or ${GUARD_LIMITS.maxLostCount} products`,
      );
    }
    for (const [province, { before, gone }] of lossByProvince(livePublished, lost)) {
      if (gone / before > GUARD_LIMITS.maxProvinceLostShare) {
        shrinkRefusals.push(
          `province ${province} would lose ${gone} of its ${before} published products (${percent(gone / before)}); the limit is ${percent(GUARD_LIMITS.maxProvinceLostShare)}`,
        );
      }
    }
  }

  let acceptedShrink: GuardVerdict['acceptedShrink'] = null;
  if (shrinkRefusals.length > 0 && allowShrink && lost.length <= allowShrink.count) {
    acceptedShrink = { count: allowShrink.count, lost: lost.length, reason: allowShrink.reason };
  } else if (shrinkRefusals.length > 0) {
    refusals.push(...shrinkRefusals);
    if (allowShrink) refusals.push(`--allow-shrink ${allowShrink.count} does not cover the ${lost.length} products lost`);
  }
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { refusals, lost: lost.sort(byId), expected: expected.sort(byId), acceptedShrink };
}

function lossByProvince(published: Product[], lost: LostProduct[]): Map<string, { before: number; gone: number }> {
  const tally = new Map<string, { before: number; gone: number }>();
  for (const product of published) {
    const entry = tally.get(product.address.provinceCode) ?? { before: 0, gone: 0 };
    entry.before++;
    tally.set(product.address.provinceCode, entry);
  }
  for (const product of lost) tally.get(product.provinceCode)!.gone++;
  return new Map([...tally].filter(([, entry]) => entry.gone > 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}
