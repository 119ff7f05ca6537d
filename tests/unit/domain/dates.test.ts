import { describe, expect, it } from 'vitest';
import { addMonths, excelSerialToIso, parseRegistryDate, todayInVietnam } from '../../../src/domain/dates.ts';

describe('parseRegistryDate', () => {
  it.each([
    ['23/11/2023', '2023-11-23'],
    ['3/7/2025', '2025-07-03'],
    ['03-07-2025', '2025-07-03'],
    ['2025-07-03', '2025-07-03'],
    ['29/02/2024', '2024-02-29'],
    ['45231', '2023-11-01'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseRegistryDate(text)).toBe(iso);
  });

  it('never reads month-first: 12/31/2024 is an error', () => {
    expect(parseRegistryDate('12/31/2024')).toBeNull();
  });

  it.each(['31/02/2025', '29/02/2025', '2025-13-01', 'hôm qua', '123'])('rejects "%s"', (text) => {
    expect(parseRegistryDate(text)).toBeNull();
  });
});

describe('excelSerialToIso', () => {
  it('counts from Excel’s 1899-12-30 epoch and drops the time of day', () => {
    expect(excelSerialToIso(45_000)).toBe('2023-03-15');
    expect(excelSerialToIso(45_000.75)).toBe('2023-03-15');
  });
});

describe('addMonths', () => {
  it('ends a period on the last day of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
  });
});

describe('todayInVietnam', () => {
  it('uses UTC+7: 18:00 UTC is already the next day in Vietnam', () => {
    expect(todayInVietnam(new Date('2026-11-22T18:00:00Z'))).toBe('2026-11-23');
    expect(todayInVietnam(new Date('2026-11-22T16:59:59Z'))).toBe('2026-11-22');
  });
});
