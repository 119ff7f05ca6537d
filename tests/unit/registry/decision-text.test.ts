import { describe, expect, it } from 'vitest';
import { readDecisionReference } from '../../../src/registry/decision-text.ts';

describe('readDecisionReference', () => {
  it('reads the number and the date of a "Số, ngày QĐ" cell', () => {
    expect(readDecisionReference('3981/QĐ-UBND ngày 05/08/2026')).toEqual({ number: '3981/QĐ-UBND', date: '2026-08-05' });
  });

  it('reads an annex title with the date in words and the issuer', () => {
    expect(readDecisionReference('(Kèm theo Quyết định số 3981/QĐ-UBND ngày 05 tháng 8 năm 2026 của UBND tỉnh Lâm Đồng)')).toEqual({
      number: '3981/QĐ-UBND',
      date: '2026-08-05',
      issuer: 'UBND tỉnh Lâm Đồng',
    });
  });

  it('reads numbers with a year, a suffix and loose spacing', () => {
    expect(readDecisionReference('123/2024/QĐ-UBND')?.number).toBe('123/2024/QĐ-UBND');
    expect(readDecisionReference('45 /QĐ-UBND-KT, 1/2/2025')).toEqual({ number: '45/QĐ-UBND-KT', date: '2025-02-01' });
    expect(readDecisionReference('2712/QD-BNNMT')?.number).toBe('2712/QĐ-BNNMT');
  });

  it('finds nothing in a title that names no decision', () => {
    expect(readDecisionReference('DANH SÁCH SẢN PHẨM OCOP NĂM 2025')).toBeNull();
  });

  it('refuses a date that does not exist', () => {
    expect(readDecisionReference('15/QĐ-UBND ngày 31/02/2025')).toEqual({ number: '15/QĐ-UBND' });
  });
});
