/**
 * What the office tells the import about its export, on the command line of
 * `npm run import` and `npm run nightly` alike: which sheet, its own column names,
 * and facts its list gives once (docs/registry-format.md).
 */
import type { ImportOptions } from './import.ts';

export type ExportOptions = Pick<ImportOptions, 'sheet' | 'columnsFile' | 'province' | 'decision' | 'decisionDate' | 'issuer'>;

/** The options for node:util's parseArgs. */
export const EXPORT_OPTION_ARGS = {
  sheet: { type: 'string' },
  columns: { type: 'string' },
  province: { type: 'string' },
  decision: { type: 'string' },
  'decision-date': { type: 'string' },
  issuer: { type: 'string' },
} as const;

export const EXPORT_OPTIONS_USAGE = '[--sheet NAME] [--columns FILE] [--province NAME] [--decision NUMBER] [--decision-date DATE] [--issuer TEXT]';

type Values = Partial<Record<keyof typeof EXPORT_OPTION_ARGS, string>>;

export function exportOptionsFrom(values: Values): ExportOptions {
  return {
    ...(values.sheet ? { sheet: values.sheet } : {}),
    ...(values.columns ? { columnsFile: values.columns } : {}),
    ...(values.province ? { province: values.province } : {}),
    ...(values.decision ? { decision: values.decision } : {}),
    ...(values['decision-date'] ? { decisionDate: values['decision-date'] } : {}),
    ...(values.issuer ? { issuer: values.issuer } : {}),
  };
}
