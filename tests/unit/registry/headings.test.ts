import { describe, expect, it } from 'vitest';
import { headingLevel, isTotalText, looksLikeHeading, readHeading } from '../../../src/registry/headings.ts';

describe('readHeading', () => {
  it('reads the province of "I. UBND TỈNH LÂM ĐỒNG"', () => {
    expect(readHeading('I. UBND TỈNH LÂM ĐỒNG')).toEqual({ province: 'LÂM ĐỒNG' });
  });
  it('reads the district of "II. HUYỆN ĐẮK SONG CŨ", without the word for former', () => {
    expect(readHeading('II. HUYỆN ĐẮK SONG CŨ')).toEqual({ district: 'HUYỆN ĐẮK SONG' });
  });
  it('reads an old district-level city as a district, a province-level city as a province', () => {
    expect(readHeading('3. Thành phố Gia Nghĩa')).toEqual({ district: 'Thành phố Gia Nghĩa' });
    expect(readHeading('B. THÀNH PHỐ ĐÀ NẴNG')).toEqual({ province: 'ĐÀ NẴNG' });
  });
  it('reads stars and a decision', () => {
    expect(readHeading('1. Sản phẩm đạt 4 sao (Quyết định số 77/QĐ-UBND ngày 12/03/2025)')).toEqual({
      stars: '4',
      decision: { number: '77/QĐ-UBND', date: '2025-03-12' },
    });
  });
  it('reads the sector of a category heading', () => {
    expect(readHeading('A. NHÓM THỰC PHẨM')).toEqual({ category: 'THỰC PHẨM' });
  });
  it('reads the province of a title line', () => {
    expect(readHeading('DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN OCOP TỈNH LÂM ĐỒNG NĂM 2026').province).toBe('LÂM ĐỒNG');
  });
});

describe('heading words', () => {
  it('tells top headings from sub-headings', () => {
    expect(headingLevel('II. HUYỆN ĐẮK SONG')).toBe(1);
    expect(headingLevel('2. Huyện Krông Nô')).toBe(2);
    expect(headingLevel('a) Xã Đắk Môl')).toBe(2);
  });
  it('knows totals', () => {
    expect(isTotalText('Tổng cộng: 60 sản phẩm')).toBe(true);
    expect(isTotalText('Cộng')).toBe(true);
    expect(isTotalText('Cồng chiêng')).toBe(false);
  });
  it('tells headings from product names', () => {
    expect(looksLikeHeading('HUYỆN LÂM HÀ')).toBe(true);
    expect(looksLikeHeading('Huyện Lâm Hà')).toBe(true);
    expect(looksLikeHeading('III. Sản phẩm thủ công')).toBe(true);
    expect(looksLikeHeading('Mật ong rừng')).toBe(false);
    expect(looksLikeHeading('Xoài Đắk Gằn')).toBe(false);
  });
});

describe('readHeading with a province in brackets', () => {
  it('reads "IV. HUYỆN ĐẮK MIL CŨ (TỈNH ĐẮK NÔNG)" as a district of that province', () => {
    expect(readHeading('IV. HUYỆN ĐẮK MIL CŨ (TỈNH ĐẮK NÔNG)')).toEqual({ district: 'HUYỆN ĐẮK MIL', province: 'ĐẮK NÔNG' });
  });
  it('ignores a count in brackets', () => {
    expect(readHeading('II. HUYỆN DI LINH (6 sản phẩm)')).toEqual({ district: 'HUYỆN DI LINH' });
  });
});
