/**
 * npm run build: import the registry export, build the site, index it for search,
 * then scan it for personal data (exit 4 when any is found: the site in OCOP_OUT_DIR
 * must not be published).
 * Inputs from the environment:
 *   OCOP_REGISTRY     the export file (default: the bundled sample)
 *   OCOP_AS_OF        the build date, YYYY-MM-DD (default: today in Vietnam)
 *   OCOP_CONTENT_DIR  where the public registry is written and read (default content/registry)
 *   OCOP_OUT_DIR      the built site (default dist)
 *   OCOP_HANDWRITTEN_DIR  the hand-written content (default content): its points' phones are published ones
 */
import path from 'node:path';
import { todayInVietnam } from '../src/domain/dates.ts';
import { defaultFixWorkbookFile, importRegistry, ImportError } from '../src/registry/import.ts';
import { formatSummary } from '../src/registry/report.ts';
import { buildSite } from '../src/pipeline/build-site.ts';
import { indexSite } from '../src/pipeline/index-site.ts';
import { checkPersonalData } from '../src/pipeline/check-personal-data.ts';

const registry = process.env.OCOP_REGISTRY ?? 'content/sources/sample-registry.csv';
const asOf = process.env.OCOP_AS_OF ?? todayInVietnam();
const contentDir = process.env.OCOP_CONTENT_DIR ?? 'content/registry';
const outDir = process.env.OCOP_OUT_DIR ?? 'dist';
const reportFile = process.env.OCOP_IMPORT_REPORT ?? 'reports/import-report.json';
const pointsDir = path.join(process.env.OCOP_HANDWRITTEN_DIR ?? 'content', 'points');

async function main(): Promise<number> {
  const started = Date.now();
  try {
    const report = await importRegistry({ input: registry, asOf, outDir: contentDir, reportFile }); // 1. import
    console.log(formatSummary(report, { outDir: contentDir, reportFile, fixWorkbook: defaultFixWorkbookFile(reportFile) }));
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`Import stopped: ${error.message}`);
      return 1;
    }
    throw error;
  }
  await buildSite({ contentDir, outDir, asOf }); //                                                  2. pages
  await indexSite({ outDir }); //                                                                    3. search index
  const findings = await checkPersonalData({ outDir, contentDir, pointsDir }); //                    4. no personal data
  if (findings.length > 0) {
    console.error(
      `Personal data in ${outDir} (values partly masked): remove it from the content each file is built from, then build again. Do not publish this build.`,
    );
    for (const finding of findings) console.error(`  - ${finding}`);
    return 4;
  }
  console.log(`Built ${outDir} as of ${asOf} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = await main();
