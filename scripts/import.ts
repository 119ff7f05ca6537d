/**
 * npm run import -- --input FILE [options]
 *
 * Imports one registry export into the public registry the site reads and prints
 * a short summary; the full report goes to --report and the office's "rows to
 * fix" workbook beside it. Exits 1, writing nothing, when the file cannot be read
 * or lacks a required column; 2 for a wrong command line.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, DEFAULT_REPORT_FILE, ImportError, defaultFixWorkbookFile, importRegistry } from '../src/registry/import.ts';
import { EXPORT_OPTION_ARGS, EXPORT_OPTIONS_USAGE, exportOptionsFrom } from '../src/registry/export-options.ts';
import { formatSummary } from '../src/registry/report.ts';

const usage = `usage: npm run import -- --input FILE [--as-of YYYY-MM-DD] [--out DIR] [--report FILE] [--fix-workbook FILE]
       ${EXPORT_OPTIONS_USAGE}`;

async function main(): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: the compiler types it from the assignment below (parseArgs's result for these options), which must sit inside the try.
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        'fix-workbook': { type: 'string' },
        ...EXPORT_OPTION_ARGS,
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.input) {
    console.error(`--input is required\n${usage}`);
    return 2;
  }
  const outDir = values.out ?? DEFAULT_OUT_DIR;
  const reportFile = values.report ?? DEFAULT_REPORT_FILE;
  const fixWorkbook = values['fix-workbook'] ?? defaultFixWorkbookFile(reportFile);
  try {
    const report = await importRegistry({
      input: values.input,
      outDir,
      reportFile,
      fixWorkbookFile: fixWorkbook,
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...exportOptionsFrom(values),
    });
    console.log(formatSummary(report, { outDir, reportFile, fixWorkbook }));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`Import stopped, nothing written: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
