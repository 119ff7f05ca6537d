import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvFileName, productCsv } from '../../../src/islands/search/csv-download.ts';

describe('the CSV download of search results', () => {
  // Short headers named after their keys, so a row's cells can be read by column.
  const headers = Object.fromEntries(CSV_COLUMNS.map((key) => [key, key.toUpperCase()])) as Record<(typeof CSV_COLUMNS)[number], string>;
  const cellsOf = (text: string) => {
    const [head, row] = text.replace(/^\uFEFF/, '').split('\r\n');
    return Object.fromEntries(head!.split(',').map((name, i) => [name, row!.split(',')[i]]));
  };

  it('starts with a byte-order mark and ends rows with CRLF, so Excel reads Vietnamese', () => {
    const text = productCsv([{ url: '/san-pham/mat-ong/', meta: { title: 'Mật ong', stars: '4' } }], headers, 'https://ocop.example.vn');
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.map((key) => key.toUpperCase()).join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(cellsOf(text)).toMatchObject({ TITLE: 'Mật ong', STARS: '4', CODE: '', URL: 'https://ocop.example.vn/san-pham/mat-ong/' });
  });

  it('has a column for each fact a trade partner checks: validity, decision, issuer, producer type and public contacts', () => {
    const meta = {
      title: 'Cà phê',
      until: '2028-05-01',
      decision: '123/QĐ-UBND',
      issuer: 'UBND tỉnh Đắk Lắk',
      ptype: 'Hợp tác xã',
      phone: '0262 3 123 456',
      email: 'htx@example.vn',
      web: 'https://htx.example.vn/',
    };
    const cells = cellsOf(productCsv([{ url: '/san-pham/ca-phe/', meta }], headers, 'https://ocop.example.vn'));
    expect(cells).toMatchObject({
      UNTIL: meta.until,
      DECISION: meta.decision,
      ISSUER: meta.issuer,
      PTYPE: meta.ptype,
      PHONE: meta.phone,
      EMAIL: meta.email,
      WEB: meta.web,
    });
  });

  it('writes its cells by the same rule as the open data: quoted, and formulas defused', () => {
    const row = {
      url: '/san-pham/x/',
      meta: { title: "Tinh bột nghệ Cư M'gar", code: '=HYPERLINK("x")', producer: 'HTX "Xanh", Đắk Lắk', phone: '+84 123' },
    };
    const line = productCsv([row], headers, 'https://ocop.example.vn').split('\r\n')[1];
    expect(line).toContain(`"Tinh bột nghệ Cư M'gar","'=HYPERLINK(""x"")","HTX ""Xanh"", Đắk Lắk",`);
    expect(line).toContain(`"'+84 123"`);
  });
});

describe('the downloaded file’s name', () => {
  it('names the query and the filters in ASCII, then the build date', () => {
    const coffeeInDakLak = [
      { name: 'province' as const, label: 'Đắk Lắk' },
      { name: 'set' as const, label: 'Cà phê' },
    ];
    // What the list is comes first, whatever order the filters were chosen in.
    expect(csvFileName('', coffeeInDakLak, '2026-11-23')).toBe('ocop-ca-phe-dak-lak-2026-11-23.csv');
    expect(csvFileName('mật ong', [{ name: 'stars', label: '★★★★' }], '2026-11-23')).toBe('ocop-mat-ong-2026-11-23.csv');
  });

  it('is the site and the date alone when nothing names the list', () => {
    expect(csvFileName('  ', [], '2026-11-23')).toBe('ocop-2026-11-23.csv');
  });
});
