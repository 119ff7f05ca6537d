import { describe, expect, it } from 'vitest';
import { foldText, preciseKey, readUnitWord, unitName, unitNameAt } from '../../../src/domain/unit-words.ts';

describe('readUnitWord', () => {
  it.each([
    ['xã Thuận Hà', 'xa'],
    ['XÃ THUẬN HÀ', 'xa'],
    ['Phường Nghĩa Trung', 'phuong'],
    ['thị trấn Đức An', 'thi tran'],
    ['Thị xã Gia Nghĩa', 'thi xa'],
    ['thành phố Gia Nghĩa', 'thanh pho'],
    ['huyện Đắk Song', 'huyen'],
    ['Quận 3', 'quan'],
    ['tỉnh Đắk Nông', 'tinh'],
    ['Đặc khu Phú Quốc', 'dac khu'],
  ])('reads the unit word of "%s" as %s', (text, kind) => {
    expect(readUnitWord(text)).toMatchObject({ kind, exact: true, certain: true });
  });

  it.each([
    ['X.Thuận Hà', 'xa'],
    ['P.7', 'phuong'],
    ['P7', 'phuong'],
    ['TT Đức An', 'thi tran'],
    ['TX. Gia Nghĩa', 'thi xa'],
    ['H.Đắk Song', 'huyen'],
    ['Q.3', 'quan'],
    ['TP.HCM', 'thanh pho'],
    ['Tp. Hồ Chí Minh', 'thanh pho'],
    ['T. Lâm Đồng', 'tinh'],
  ])('reads the abbreviation in "%s" as %s', (text, kind) => {
    expect(readUnitWord(text)).toMatchObject({ kind, certain: true });
  });

  it('reads unit words typed without diacritics in text that has none', () => {
    expect(readUnitWord('xa Thuan Ha')).toMatchObject({ kind: 'xa', exact: false, certain: true });
    expect(readUnitWord('huyen Dak Song')).toMatchObject({ kind: 'huyen', certain: true });
  });

  it('does not take names that fold like a unit word for one when the text has diacritics', () => {
    expect(readUnitWord('Phương Sài')).toMatchObject({ kind: 'phuong', certain: false });
    expect(readUnitWord('Xà Phiên')).toMatchObject({ kind: 'xa', certain: false });
    expect(readUnitWord('Tân Hà')).toBeNull();
  });

  it('needs a name after the word, and a dot after a one-letter abbreviation', () => {
    expect(readUnitWord('Xã')).toBeNull();
    expect(readUnitWord('H Đắk Song')).toBeNull();
  });
});

describe('unitName', () => {
  it('looks a name up without its unit word', () => {
    expect(unitName('Huyện Đắk Song', 'district').keys).toEqual(['dak song']);
    expect(unitName('xa Thuan Ha', 'commune').keys[0]).toBe('thuan ha');
  });

  it('leaves out a note after the name: "(cũ)", a trailing "cũ"', () => {
    expect(unitName('Huyện Đắk Song (cũ)', 'district').keys).toEqual(['dak song']);
    expect(unitName('HUYỆN ĐẮK SONG CŨ', 'district').keys).toEqual(['dak song']);
  });

  it('keeps the whole name first when its first word only looks like a unit word', () => {
    expect(unitName('Phương Sài', 'commune').keys).toEqual(['phuong sai', 'sai']);
  });

  it('keeps a unit word of another level as part of the name', () => {
    expect(unitName('Tỉnh lộ 725', 'commune').keys).toEqual(['tinh lo 725']);
  });

  it('reads a name inside a longer text at its own position', () => {
    const text = foldText('Thôn 3, xã Thuận Hà');
    expect(unitNameAt(text, 8, text.source.length, 'commune')).toMatchObject({ keys: ['thuan ha'], kind: 'xa', written: 'Thuận Hà' });
  });
});

describe('preciseKey', () => {
  it('tells names apart that fold alike', () => {
    expect(preciseKey('Văn Lăng')).not.toBe(preciseKey('Văn Lang'));
  });

  it('treats both tone placements of "oa" and "uy" as one name', () => {
    expect(preciseKey('Hòa Bình')).toBe(preciseKey('Hoà Bình'));
    expect(preciseKey('Thúy')).toBe(preciseKey('Thuý'));
  });
});
