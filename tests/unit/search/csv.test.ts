import { describe, expect, it } from 'vitest';
import { productCsv } from '../../../src/islands/search/csv-download.ts';

describe('the CSV download of search results', () => {
  const headers = ['Tên', 'Mã', 'Chủ thể', 'Tỉnh', 'Sao', 'Bộ', 'Trang'];

  it('starts with a byte-order mark and ends rows with CRLF, so Excel reads Vietnamese', () => {
    const text = productCsv([{ url: '/san-pham/mat-ong/', meta: { title: 'Mật ong', stars: '4' } }], headers, 'https://ocop.example.vn');
    expect(text).toBe('\uFEFFTên,Mã,Chủ thể,Tỉnh,Sao,Bộ,Trang\r\nMật ong,,,,4,,https://ocop.example.vn/san-pham/mat-ong/\r\n');
  });

  it('writes its cells by the same rule as the open data: quoted, and formulas defused', () => {
    const row = {
      url: '/san-pham/x/',
      meta: { title: "Tinh bột nghệ Cư M'gar", code: '=HYPERLINK("x")', producer: 'HTX "Xanh", Đắk Lắk', province: '+84 123' },
    };
    const cells = productCsv([row], headers, 'https://ocop.example.vn').split('\r\n')[1];
    expect(cells).toBe(`"Tinh bột nghệ Cư M'gar","'=HYPERLINK(""x"")","HTX ""Xanh"", Đắk Lắk","'+84 123",,,https://ocop.example.vn/san-pham/x/`);
  });
});
