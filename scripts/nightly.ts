/**
 * npm run nightly -- --input FILE [--as-of YYYY-MM-DD] [--publish-dir DIR] [--allow-shrink N --reason TEXT] [--deploy-target s3://bucket/prefix]
 *                    [--sheet NAME] [--columns FILE] [--province NAME] [--decision NUMBER] [--decision-date DATE] [--issuer TEXT]
 *
 * The guarded nightly release: import → guard → build → index → check → publish
 * atomically → deploy to object storage when a target is given → summarise (the
 * steps are in src/publish/run-nightly.ts). Prints
 * the summary on success; on failure prints `step <name> failed: <why>` and exits
 * with the code documented in docs/operations.md (2 when the guard refuses). The
 * export options are the import's (docs/registry-format.md).
 */
import { parseArgs } from 'node:util';
import { isIsoDate, todayInVietnam } from '../src/domain/dates.ts';
import { existsSync } from 'node:fs';
import { fixWorkbookPath, runNightly } from '../src/publish/run-nightly.ts';
import { EXPORT_OPTION_ARGS, EXPORT_OPTIONS_USAGE, exportOptionsFrom, type ExportOptions } from '../src/registry/export-options.ts';
import { describeFailure, EXIT_CODES, StepError } from '../src/publish/step-error.ts';
import { parseBucketTarget, type BucketTarget } from '../src/publish/deploy/target.ts';

const usage = `usage: npm run nightly -- [--input FILE] [--as-of YYYY-MM-DD] [--publish-dir DIR] [--allow-shrink N --reason TEXT] [--deploy-target s3://bucket/prefix]\n       ${EXPORT_OPTIONS_USAGE}`;
export const DEFAULT_INPUT = 'content/sources/sample-registry.csv';
export const DEFAULT_PUBLISH_DIR = 'publish';
const AFTER_IMPORT = new Set(['guard', 'build', 'index', 'check', 'publish']);

interface Parsed {
  input: string;
  asOf: string;
  publishDir: string;
  exportOptions: ExportOptions;
  allowShrink?: { count: number; reason: string };
  deployTarget?: BucketTarget | undefined;
}

function parse(): { error: string } | Parsed {
  // biome-ignore lint/suspicious/noImplicitAnyLet: the compiler types it from the assignment below (parseArgs's result for these options), which must sit inside the try.
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string' },
        'as-of': { type: 'string' },
        'publish-dir': { type: 'string' },
        'allow-shrink': { type: 'string' },
        reason: { type: 'string' },
        'deploy-target': { type: 'string' },
        ...EXPORT_OPTION_ARGS,
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  const asOf = values['as-of'] ?? todayInVietnam();
  if (!isIsoDate(asOf)) return { error: `--as-of must be a date written YYYY-MM-DD, not "${asOf}"` };
  const exportOptions = exportOptionsFrom(values);
  const deployTarget = values['deploy-target'] ?? process.env.OCOP_DEPLOY_TARGET;
  let target: BucketTarget | undefined;
  try {
    target = deployTarget ? parseBucketTarget(deployTarget) : undefined;
  } catch (error) {
    return { error: (error as Error).message };
  }
  const base = {
    input: values.input ?? DEFAULT_INPUT,
    asOf,
    publishDir: values['publish-dir'] ?? process.env.OCOP_PUBLISH_DIR ?? DEFAULT_PUBLISH_DIR,
    exportOptions,
    deployTarget: target,
  };
  if (values['allow-shrink'] === undefined) return values.reason ? { error: '--reason goes with --allow-shrink' } : base;
  const count = Number(values['allow-shrink']);
  if (!Number.isInteger(count) || count < 1) return { error: '--allow-shrink takes the number of products you accept to lose' };
  if (!values.reason?.trim()) return { error: '--allow-shrink needs --reason "why these products may go"; the reason is recorded' };
  return { ...base, allowShrink: { count, reason: values.reason.trim() } };
}

async function main(): Promise<number> {
  const options = parse();
  if ('error' in options) {
    console.error(`${options.error}\n${usage}`);
    return EXIT_CODES.usage;
  }
  try {
    const result = await runNightly({ ...options, siteUrl: process.env.OCOP_SITE_URL });
    console.log(`\n${result.summary}`);
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof StepError) {
      // A failed deploy comes after the local switch: tonight's release is live here, not yet wholly in the bucket.
      const outcome =
        error.step === 'deploy'
          ? 'The local site is the new release; the bucket still serves whole pages, of last night or tonight. Run npm run deploy again.'
          : 'The live site was not changed.';
      console.error(`${describeFailure(error)}\n${outcome}`);
      // Tonight's import wrote the office's workbook when a later step refused the release.
      const workbook = fixWorkbookPath(options.publishDir);
      if (AFTER_IMPORT.has(error.step) && existsSync(workbook)) console.error(`Rows to fix and warnings, for the office, in Excel: ${workbook}`);
      return error.exitCode;
    }
    console.error(`step nightly failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThe live site was not changed.`);
    return EXIT_CODES.unexpected;
  }
}

process.exitCode = await main();
