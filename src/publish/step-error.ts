/**
 * How a nightly step fails: the step's name, a sentence a person at the OCOP
 * office can act on, and the exit code that tells a scheduler what kind of
 * failure it was (see `EXIT_CODES` and docs/operations.md).
 */
export const EXIT_CODES = {
  /** Published, or nothing to do (rollback done). */
  ok: 0,
  /** A bug or an unexpected error (file system, permissions): read the message. */
  unexpected: 1,
  /** The guard refused the export: unreadable, empty, truncated, or too much lost. Nothing switched. */
  guardRefused: 2,
  /** The site build or the search index failed. Nothing switched. */
  buildFailed: 3,
  /** The new release failed a check (missing pages, broken links, personal data…). Nothing switched. */
  checkFailed: 4,
  /** Switching `current` failed (disk full, permissions). The live site is unchanged. */
  publishFailed: 5,
  /** Uploading the live release to object storage failed. The local site is live; the bucket serves whole pages of the previous and tonight's release: deploy again. */
  deployFailed: 6,
  /** The command line was wrong. */
  usage: 64,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export class StepError extends Error {
  override name = 'StepError';
  readonly step: string;
  readonly exitCode: ExitCode;
  /** Details (one line each) printed under the headline, e.g. every broken link. */
  readonly details: string[];

  constructor(step: string, exitCode: ExitCode, why: string, details: string[] = []) {
    super(why);
    this.step = step;
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** The one line every failure prints, so logs and mail filters can find it. */
export function describeFailure(error: StepError, maxDetails = 20): string {
  const lines = [`step ${error.step} failed: ${error.message}`];
  for (const detail of error.details.slice(0, maxDetails)) lines.push(`  - ${detail}`);
  if (error.details.length > maxDetails) lines.push(`  … and ${error.details.length - maxDetails} more`);
  return lines.join('\n');
}
