import { describe, expect, it } from 'vitest';
import { parseProducerType, parseStandards, parseStatus, parseYes, readsAsPersonName, shopLabel } from '../../../src/registry/vocabulary.ts';

describe('parseStatus', () => {
  it.each([
    ['Còn hiệu lực', 'active'],
    ['', 'active'],
    ['Đã thu hồi', 'revoked'],
    ['thu hồi', 'revoked'],
    ['Đang đánh giá lại', 'pending-rerating'],
    ['chờ đánh giá lại', 'pending-rerating'],
  ])('reads "%s" as %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it('returns null for an unknown word', () => {
    expect(parseStatus('tạm dừng')).toBeNull();
  });
});

describe('parseProducerType', () => {
  it('reads the type column, abbreviations included', () => {
    expect(parseProducerType('HTX', '')).toBe('cooperative');
    expect(parseProducerType('THT', '')).toBe('cooperative-group');
    expect(parseProducerType('DN', '')).toBe('enterprise');
    expect(parseProducerType('Hộ kinh doanh', '')).toBe('household');
    expect(parseProducerType('Trang trại', '')).toBe('farm');
    expect(parseProducerType('Khác', '')).toBe('other');
  });

  it('falls back to how the producer name begins when the column is empty', () => {
    expect(parseProducerType('', 'Công ty TNHH Trà Lộc Phát')).toBe('enterprise');
    expect(parseProducerType('', 'Cơ sở Bánh gai Hương Quê')).toBe('household');
    expect(parseProducerType('', 'Tổ hợp tác Nón lá')).toBe('cooperative-group');
  });

  it('returns null for a type it does not know', () => {
    expect(parseProducerType('Liên danh', 'X')).toBeNull();
  });

  it('treats a producer whose type is not said as a household, whose contacts stay private', () => {
    expect(parseProducerType('', 'Nguyễn Văn Dũng')).toBe('household');
    expect(parseProducerType('', 'Mật ong Bảo Lộc')).toBe('household');
  });

  it('treats an "other" producer whose name reads as a person\'s as a household', () => {
    expect(parseProducerType('Khác', 'Bà Lê Thị Hạ')).toBe('household');
    expect(parseProducerType('Khác', 'Ban quản lý khu du lịch Tà Đùng')).toBe('other');
  });

  it("lets a type the export states win over a name that reads as a person's", () => {
    expect(parseProducerType('Doanh nghiệp', 'Trần Văn Minh')).toBe('enterprise');
  });
});

describe('parseYes', () => {
  it('accepts the usual ways of saying yes and treats everything else as no', () => {
    expect(['Có', 'x', 'yes', '1', 'Đồng ý'].map(parseYes)).toEqual([true, true, true, true, true]);
    expect(['Không', '', 'no', '0'].map(parseYes)).toEqual([false, false, false, false]);
  });
});

describe('parseStandards', () => {
  it('splits the cell, maps known standards in schema order and lists the rest', () => {
    expect(parseStandards('ISO 9001; HACCP, hữu cơ / ISO 14001')).toEqual({ standards: ['HACCP', 'ISO 9001', 'Hữu cơ'], unknown: ['ISO 14001'] });
  });
});

describe('shopLabel', () => {
  it('names the known platforms and falls back to the host', () => {
    expect(shopLabel(new URL('https://www.lazada.vn/shop/x'))).toBe('Lazada');
    expect(shopLabel(new URL('https://cho.example.vn/x'))).toBe('cho.example.vn');
  });
});

describe('readsAsPersonName', () => {
  it('reads family name first, two to five words, no organisation word', () => {
    expect(readsAsPersonName('Nguyễn Văn Dũng')).toBe(true);
    expect(readsAsPersonName('Hộ kinh doanh Lê Thị Hà')).toBe(true);
    expect(readsAsPersonName('Công ty TNHH Nguyễn Gia')).toBe(false);
    expect(readsAsPersonName('HTX Lê Lợi')).toBe(false);
    expect(readsAsPersonName('Cà phê Thu Hà')).toBe(false);
    expect(readsAsPersonName('Nguyễn')).toBe(false);
  });
});
