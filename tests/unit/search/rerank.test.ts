import { describe, expect, it } from 'vitest';
import { rerank, rerankWindow } from '../../../src/search/rerank.ts';

const item = (title: string, kind: string, score: number) => ({ title, kind, score });

describe('the second look at the first page of results', () => {
  it('prefers the product whose name starts like the query over one that only contains its words', () => {
    const items = [item('Mật ong hoa cà phê Đắk Lắk', 'product', 49), item('Cà phê rang xay Buôn Ma Thuột Đắk Lắk', 'product', 44)];
    expect(rerank(items, 'ca phe dak lak')[0]!.title).toBe('Cà phê rang xay Buôn Ma Thuột Đắk Lắk');
  });

  it('prefers a product over a producer or story with the same words in its name', () => {
    const items = [
      item('Công ty Cổ phần Nước mắm Hồng Đảo Phú Quốc', 'producer', 90),
      item('Nước mắm Phú Quốc: mười hai tháng trong thùng gỗ', 'story', 89),
      item('Nước mắm Phú Quốc cá cơm 40 độ đạm', 'product', 84),
    ];
    expect(rerank(items, 'nuoc mam phu quoc').map((i) => i.kind)).toEqual(['product', 'story', 'producer']);
  });

  it('ranks names written with the typed diacritics first', () => {
    const items = [item('Cà phê Dak Lak nguyên chất', 'product', 50), item('Cà phê Đắk Lắk nguyên chất', 'product', 40)];
    expect(rerank(items, 'Đắk Lắk')[0]!.title).toBe('Cà phê Đắk Lắk nguyên chất');
  });

  it('matches đ typed as d', () => {
    const items = [item('HTX Mía đường Tiên Thuận', 'producer', 16), item('Thực phẩm', 'product', 20), item('Đường phèn mía Tây Ninh', 'product', 10)];
    expect(rerank(items, 'duong phen')[0]!.title).toBe('Đường phèn mía Tây Ninh');
  });

  it("keeps the index's order when the query says nothing about the names", () => {
    const items = [item('B', 'product', 2), item('A', 'product', 1)];
    expect(rerank(items, '   ')).toEqual(items);
  });

  it('breaks a tie by stars: 5 before 4 before 3', () => {
    const items = [
      { ...item('Nước mắm Bảo Ninh', 'product', 20), stars: '4' },
      { ...item('Nước mắm Cửa Tùng', 'product', 20), stars: '3' },
      { ...item('Nước mắm Phú Quốc', 'product', 20), stars: '5' },
    ];
    expect(rerank(items, 'nuoc mam').map((i) => i.stars)).toEqual(['5', '4', '3']);
  });

  it('looks past the first page at the hits tied with its last one, up to a limit', () => {
    expect(rerankWindow([9, 8, 5, 5, 5, 2], 3)).toBe(5);
    expect(rerankWindow([9, 8, 5, 2], 3)).toBe(3);
    expect(rerankWindow([5, 5], 3)).toBe(2);
    expect(rerankWindow(Array(50).fill(5), 10)).toBe(32);
  });

  it('prefers, among equals, the product set whose label starts with the query', () => {
    const items = [
      { ...item('Chả mực Hạ Long', 'product', 3), stars: '4', set: 'Made from meat, seafood, eggs, milk, honey and other farm foods' },
      { ...item('Mật ong rừng Ba Bể', 'product', 3), stars: '4', set: 'Honey, other syrups and other farm foods' },
    ];
    expect(rerank(items, 'honey')[0]!.title).toBe('Mật ong rừng Ba Bể');
  });
});
