import { describe, expect, it } from 'vitest';
import { headerKey, mapHeaders } from '../../../src/registry/headers.ts';

describe('mapHeaders', () => {
  it('matches headers ignoring case, diacritics, spacing and abbreviations', () => {
    const map = mapHeaders(['TÊN  SP', 'Chủ thể', 'Số sao', 'Số QĐ', 'Ngày QĐ', 'Nhóm SP', 'Tỉnh/TP', 'SĐT', 'Loại hình HTX']);
    expect(map.columns).toMatchObject({ name: 0, producer: 1, stars: 2, decisionNumber: 3, decisionDate: 4, category: 5, province: 6, phone: 7 });
    expect(map.missing).toEqual([]);
  });

  it('accepts English aliases', () => {
    const map = mapHeaders(['Product name', 'Producer', 'Stars', 'Decision number', 'Decision date', 'Category', 'Province', 'Latitude', 'Longitude']);
    expect(map.missing).toEqual([]);
    expect(map.columns.lat).toBe(7);
    expect(map.columns.lon).toBe(8);
  });

  it('ignores private columns that only look like a known one', () => {
    const map = mapHeaders(['Tên sản phẩm', 'SĐT cá nhân', 'Số CCCD', 'Ghi chú nội bộ', 'SĐT liên hệ']);
    expect(map.columns.phone).toBe(4);
    expect(map.ignored).toEqual(['SĐT cá nhân', 'Số CCCD', 'Ghi chú nội bộ']);
  });

  it('lists the required fields it could not find', () => {
    const map = mapHeaders(['Tên sản phẩm', 'Tỉnh']);
    expect(map.missing).toEqual(['producer', 'stars', 'decisionNumber', 'decisionDate', 'category']);
  });

  it('reads a header with a note in brackets', () => {
    expect(mapHeaders(['Hạng sao (1-5)']).columns.stars).toBe(0);
  });

  it('keeps the first of two columns for one field and ignores the second', () => {
    const map = mapHeaders(['Tỉnh', 'Tỉnh/Thành phố']);
    expect(map.columns.province).toBe(0);
    expect(map.ignored).toEqual(['Tỉnh/Thành phố']);
  });
});

describe('headerKey', () => {
  it('spells out the usual abbreviations', () => {
    expect(headerKey('Số QĐ')).toBe('so quyet dinh');
    expect(headerKey('Link TMĐT')).toBe('link thuong mai dien tu');
  });
});
