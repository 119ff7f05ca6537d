/**
 * `--allow-shrink` accepts losing products, nothing else: an empty export, a
 * mostly-quarantined one or a truncated one is refused whatever count is given.
 */
import { describe, expect, it } from 'vitest';
import { guardExport } from '../../../src/publish/guard.ts';

const AS_OF = '2026-11-23';
const generous = { count: 100_000, reason: 'accept anything' };

describe('--allow-shrink', () => {
  it('never overrides an export with no rows', () => {
    const verdict = guardExport({ live: null, next: { products: [], asOf: AS_OF, rows: 0, quarantined: 0 }, allowShrink: generous });
    expect(verdict.refusals).toEqual(['the export has no data rows']);
  });

  it('never overrides an export whose rows are mostly quarantined', () => {
    const verdict = guardExport({ live: null, next: { products: [], asOf: AS_OF, rows: 10, quarantined: 9 }, allowShrink: generous });
    expect(verdict.refusals[0]).toMatch(/^9 of 10 rows \(90%\) are quarantined/);
  });

  it('never overrides an export cut off mid-row', () => {
    const verdict = guardExport({
      live: null,
      next: { products: [], asOf: AS_OF, rows: 10, quarantined: 0 },
      truncatedAt: { row: 11, cells: 4, columns: 32 },
      allowShrink: generous,
    });
    expect(verdict.refusals).toContain('the export looks cut off: its last row (row 11) has 4 of 32 columns');
  });
});
