import { describe, expect, it } from 'vitest';
import { splitAddress } from '../../../src/domain/address-text.ts';

describe('splitAddress', () => {
  it('splits an old address into street, commune, district and province, as written', () => {
    expect(splitAddress('Thôn 3, xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông')).toEqual({
      street: 'Thôn 3',
      commune: 'xã Thuận Hà',
      district: 'huyện Đắk Song',
      province: 'tỉnh Đắk Nông',
    });
  });

  it('splits a new address, which has no district', () => {
    expect(splitAddress('Thôn 10, xã Trường Xuân, tỉnh Lâm Đồng')).toEqual({ street: 'Thôn 10', commune: 'xã Trường Xuân', province: 'tỉnh Lâm Đồng' });
  });

  it('reads "thành phố" before a province as an old district-level city', () => {
    expect(splitAddress('37 Nguyễn Văn Trỗi, phường Nghĩa Trung, thành phố Gia Nghĩa, tỉnh Đắk Nông')).toEqual({
      street: '37 Nguyễn Văn Trỗi',
      commune: 'phường Nghĩa Trung',
      district: 'thành phố Gia Nghĩa',
      province: 'tỉnh Đắk Nông',
    });
  });

  it('reads "thành phố" at the end as the province when the province is a city', () => {
    expect(splitAddress('Phường Hải Châu, Thành phố Đà Nẵng')).toEqual({ commune: 'Phường Hải Châu', province: 'Thành phố Đà Nẵng' });
  });

  it('reads "TP Bến Tre" at the end as the old city, Bến Tre never being a province-level city', () => {
    expect(splitAddress('Phường 7, TP Bến Tre')).toEqual({ commune: 'Phường 7', district: 'TP Bến Tre' });
  });

  it('reads abbreviated unit words', () => {
    expect(splitAddress('Thôn 3 - X.Thuận Hà - H.Đắk Song - T. Đắk Nông')).toEqual({
      street: 'Thôn 3',
      commune: 'X.Thuận Hà',
      district: 'H.Đắk Song',
      province: 'T. Đắk Nông',
    });
    expect(splitAddress('123 Lê Lợi, P.7, Q.3, TP.HCM')).toEqual({ street: '123 Lê Lợi', commune: 'P.7', district: 'Q.3', province: 'TP.HCM' });
    expect(splitAddress('Phường Bến Nghé, Quận 1, Tp. Hồ Chí Minh')).toMatchObject({ province: 'Tp. Hồ Chí Minh' });
  });

  it('reads text typed without diacritics', () => {
    expect(splitAddress('xa Thuan Ha, huyen Dak Song, tinh Dak Nong')).toEqual({
      commune: 'xa Thuan Ha',
      district: 'huyen Dak Song',
      province: 'tinh Dak Nong',
    });
  });

  it('reads text in capitals', () => {
    expect(splitAddress('THÔN 3, XÃ THUẬN HÀ, HUYỆN ĐẮK SONG, TỈNH ĐẮK NÔNG')).toEqual({
      street: 'THÔN 3',
      commune: 'XÃ THUẬN HÀ',
      district: 'HUYỆN ĐẮK SONG',
      province: 'TỈNH ĐẮK NÔNG',
    });
  });

  it('reads parts written without unit words against the tables', () => {
    expect(splitAddress('Thôn 10, Trường Xuân, Đắk Song, Đắk Nông')).toEqual({
      street: 'Thôn 10',
      commune: 'Trường Xuân',
      district: 'Đắk Song',
      province: 'Đắk Nông',
    });
  });

  it('reads a district and its commune without a province when the tables know the pair', () => {
    expect(splitAddress('Thôn 10, Trường Xuân, Đắk Song')).toEqual({ street: 'Thôn 10', commune: 'Trường Xuân', district: 'Đắk Song' });
  });

  it('reads a bare commune in the province the caller knows', () => {
    expect(splitAddress('Thôn 10, Trường Xuân', { province: 'Đắk Nông' })).toEqual({ street: 'Thôn 10', commune: 'Trường Xuân' });
    expect(splitAddress('Thôn 10, Trường Xuân')).toEqual({ street: 'Thôn 10, Trường Xuân' });
  });

  it('reads an address written without commas', () => {
    expect(splitAddress('Thôn 3 xã Thuận Hà huyện Đắk Song tỉnh Đắk Nông')).toEqual({
      street: 'Thôn 3',
      commune: 'xã Thuận Hà',
      district: 'huyện Đắk Song',
      province: 'tỉnh Đắk Nông',
    });
  });

  it('separates by semicolons and dashes but keeps a hyphen inside a name', () => {
    expect(splitAddress('Thôn 10; xã Trường Xuân; tỉnh Lâm Đồng')).toMatchObject({ commune: 'xã Trường Xuân', province: 'tỉnh Lâm Đồng' });
    expect(splitAddress('Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng')).toEqual({ commune: 'Phường Xuân Hương - Đà Lạt', province: 'tỉnh Lâm Đồng' });
    expect(splitAddress('Khu phố 2, tỉnh Bà Rịa - Vũng Tàu')).toMatchObject({ province: 'tỉnh Bà Rịa - Vũng Tàu' });
  });

  it('keeps unit-like words of a street in the street part', () => {
    expect(splitAddress('Đường Tỉnh lộ 725, xã Trường Xuân, tỉnh Lâm Đồng')).toEqual({
      street: 'Đường Tỉnh lộ 725',
      commune: 'xã Trường Xuân',
      province: 'tỉnh Lâm Đồng',
    });
    expect(splitAddress('Số 5 đường Phường Sài, phường Phương Sài, thành phố Nha Trang, tỉnh Khánh Hòa')).toEqual({
      street: 'Số 5 đường Phường Sài',
      commune: 'phường Phương Sài',
      district: 'thành phố Nha Trang',
      province: 'tỉnh Khánh Hòa',
    });
    expect(splitAddress('Số 5 đường Phường Sài', { province: 'Khánh Hòa' })).toEqual({ street: 'Số 5 đường Phường Sài' });
    expect(splitAddress('Thôn 5, Tỉnh lộ 725', { province: 'Lâm Đồng' })).toEqual({ street: 'Thôn 5, Tỉnh lộ 725' });
  });

  it('reads a name whose first word folds like a unit word as a name', () => {
    expect(splitAddress('Thôn 1, Phương Sài, Nha Trang, Khánh Hòa')).toMatchObject({ commune: 'Phương Sài', district: 'Nha Trang' });
    expect(splitAddress('thon 1, xa quan son, tinh thanh hoa')).toMatchObject({ commune: 'xa quan son', province: 'tinh thanh hoa' });
  });

  it('leaves the country and notes out of the parts', () => {
    expect(splitAddress('Ấp 3, xã Hòa Lộc, huyện Mỏ Cày Bắc, tỉnh Bến Tre, Việt Nam')).toMatchObject({ street: 'Ấp 3', province: 'tỉnh Bến Tre' });
    expect(splitAddress('Xã Thuận Hà (cũ), huyện Đắk Song cũ, tỉnh Đắk Nông')).toMatchObject({ commune: 'Xã Thuận Hà (cũ)', district: 'huyện Đắk Song cũ' });
  });

  it('keeps a street whole when told not to read bare names', () => {
    expect(splitAddress('Tổ 3, Long An', { province: 'Vĩnh Long', bareNames: false })).toEqual({ street: 'Tổ 3, Long An' });
    expect(splitAddress('Tổ 3, xã Thuận Hà', { province: 'Đắk Nông', bareNames: false })).toEqual({ street: 'Tổ 3', commune: 'xã Thuận Hà' });
  });

  it('returns the whole text as the street part when it names no unit', () => {
    expect(splitAddress('Thôn Đông 2')).toEqual({ street: 'Thôn Đông 2' });
    expect(splitAddress('')).toEqual({});
  });
});
