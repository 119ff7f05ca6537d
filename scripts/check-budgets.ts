/**
 * `npm run check:budgets [-- --dist DIR] [--json FILE]`: fails when a built page
 * is over its byte budget, carries JavaScript it should not, or an island grew
 * past its budget. The budgets live in src/budgets/budgets.ts.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkBudgets, formatReport } from '../src/budgets/check-dist.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.OCOP_OUT_DIR ?? 'dist' },
    json: { type: 'string' },
  },
});

const report = await checkBudgets(values.dist);
console.log(formatReport(report));
if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
if (report.pages === 0) {
  console.error(`No HTML pages in ${values.dist}: build the site first (npm run build).`);
  process.exitCode = 1;
} else if (report.breaches.length > 0) {
  process.exitCode = 1;
}
