import { describe, expect, it } from 'vitest';
import { fileFacts, rowFacts } from '../../../src/registry/file-facts.ts';

const titleLines = [
  { row: 1, text: 'DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN OCOP TỈNH LÂM ĐỒNG' },
  { row: 2, text: '(Kèm theo Quyết định số 3981/QĐ-UBND ngày 05/08/2026 của UBND tỉnh Lâm Đồng)' },
];

describe('facts given once for a whole list', () => {
  it('takes the decision, its date, the issuer and the province from the title lines', () => {
    expect(fileFacts({ titleLines })).toEqual({
      province: { value: 'LÂM ĐỒNG', source: 'the title (row 1)' },
      decisionNumber: { value: '3981/QĐ-UBND', source: 'the title (row 2)' },
      decisionDate: { value: '2026-08-05', source: 'the title (row 2)' },
      issuer: { value: 'UBND tỉnh Lâm Đồng', source: 'the title (row 2)' },
    });
  });

  it('lets the title win over the command line, which fills only what the file does not say', () => {
    const facts = fileFacts({ titleLines }, { decisionNumber: { value: '1/QĐ-UBND', source: '--decision' }, stars: { value: '3', source: '--stars' } });
    expect(facts.decisionNumber).toEqual({ value: '3981/QĐ-UBND', source: 'the title (row 2)' });
    expect(facts.stars).toEqual({ value: '3', source: '--stars' });
  });

  it('lets a heading above a row win over the title', () => {
    const file = fileFacts({ titleLines });
    const facts = rowFacts({ decision: { value: { number: '77/QĐ-UBND', date: '2025-03-12' }, row: 9 }, district: { value: 'huyện Đắk Song', row: 9 } }, file);
    expect(facts.decisionNumber).toEqual({ value: '77/QĐ-UBND', source: 'the heading on row 9' });
    expect(facts.decisionDate).toEqual({ value: '2025-03-12', source: 'the heading on row 9' });
    expect(facts.issuer).toBeUndefined(); // the heading's decision is not the title's: its issuer is not said
    expect(facts.district).toEqual({ value: 'huyện Đắk Song', source: 'the heading on row 9' });
  });

  it("does not give a heading's own decision the date and issuer of the title's", () => {
    const facts = rowFacts({ decision: { value: { number: '77/QĐ-UBND' }, row: 9 } }, fileFacts({ titleLines }));
    expect(facts.decisionNumber).toEqual({ value: '77/QĐ-UBND', source: 'the heading on row 9' });
    expect(facts.decisionDate).toBeUndefined();
    expect(facts.issuer).toBeUndefined();
  });
});
