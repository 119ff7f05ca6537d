/**
 * `provenance.json`: where a release came from, enough to reproduce it and to
 * trace any product page back to its spreadsheet row. Public fields only: no
 * machine paths, no timestamps of the run (the release folder's name carries
 * that), so the same export, date and code give the same file.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ImportReport } from '../registry/report.ts';
import type { Product } from '../schemas/product.ts';
import type { RegistryMeta } from '../schemas/meta.ts';

export interface Provenance {
  source: { file: string; bytes: number; sha256: string; encoding: string; rows: number };
  /** The date the registry says it exported the file, when it says so. */
  exportDate: string | null;
  /** The date the certificate rules were applied on (Vietnam date). */
  asOf: string;
  /** The code that built the release: git commit, or "unknown" outside a git checkout. */
  code: { commit: string };
  counts: RegistryMeta['counts'];
  /** A shrink a person accepted with --allow-shrink, and their reason. */
  acceptedShrink: { count: number; lost: number; reason: string } | null;
  /** Every product in the release and the spreadsheet row it came from (header = row 1). */
  products: { id: string; sourceRow: number }[];
}

export interface ProvenanceInput {
  report: ImportReport;
  meta: RegistryMeta;
  products: Product[];
  producers: number;
  commit: string;
  acceptedShrink: Provenance['acceptedShrink'];
}

export function buildProvenance(input: ProvenanceInput): Provenance {
  const { report, meta, products } = input;
  return {
    source: { ...report.source },
    exportDate: meta.exportDate,
    asOf: report.asOf,
    code: { commit: input.commit },
    counts: { ...report.counts, products: products.length, producers: input.producers },
    acceptedShrink: input.acceptedShrink,
    products: products.map((p) => ({ id: p.id, sourceRow: p.sourceRow })),
  };
}

/** The commit of the code running this, so a release names the code that built it. */
export async function currentCommit(cwd = process.cwd()): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd });
    return stdout.trim();
  } catch {
    return process.env.OCOP_COMMIT ?? 'unknown';
  }
}
