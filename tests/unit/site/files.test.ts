import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { certificateStateOn } from '../../../src/domain/certificate.ts';
import { categoryByKey } from '../../../src/domain/taxonomy.ts';
import type { ProductView } from '../../../src/queries/catalogue.ts';
import { productsCsv } from '../../../src/formats/open-data.ts';
import type { Product } from '../../../src/schemas/product.ts';
import { eventToIcs, escapeIcsText, foldLine } from '../../../src/formats/ics.ts';
import { jsonLdString } from '../../../src/formats/json-ld.ts';
import { wrapText } from '../../../src/images/share-image.ts';
import { formatDate, formatNumber } from '../../../src/i18n/format.ts';

describe('the open data CSV', () => {
  beforeEach(() => vi.stubEnv('SITE', 'https://ocop.example.vn'));
  afterEach(() => vi.unstubAllEnvs());

  const product: Product = {
    id: 'tinh-bot-nghe-dl-009',
    code: '=DL-009',
    name: "Tinh bột nghệ Cư M'gar",
    producerId: 'htx-quang-tien',
    category: 'III.1',
    certificate: {
      stars: 3,
      decisionNumber: '359/QĐ-UBND',
      decisionDate: '2024-04-18',
      expiresOn: '2027-04-18',
      issuer: "UBND huyện Cư M'gar, Đắk Lắk",
      status: 'active',
    },
    address: { provinceCode: '66' },
    ecommerce: [],
    standards: [],
    sourceRow: 10,
  };
  const state = certificateStateOn(product.certificate, '2026-11-23');
  const view: ProductView = { product, state, shown: state.shown, category: categoryByKey(product.category), producer: undefined };

  it('writes its cells by the same rule as the search download: quoted, and formulas defused', () => {
    const [header, row, end] = productsCsv([view]).split('\r\n');
    expect(header).toBe(
      '\uFEFFid,code,name,stars,decision_number,decision_date,valid_until,under_rerating,issuer,category,sector,group,product_set,product_set_label,producer_id,producer_name,province_code,province,commune_code,commune,url',
    );
    expect(row).toBe(
      `tinh-bot-nghe-dl-009,"'=DL-009","Tinh bột nghệ Cư M'gar",3,359/QĐ-UBND,2024-04-18,2027-04-18,false,"UBND huyện Cư M'gar, Đắk Lắk",III.1,III,III.1,III.1,"Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",htx-quang-tien,,66,Đắk Lắk,,,https://ocop.example.vn/san-pham/tinh-bot-nghe-dl-009/`,
    );
    expect(end).toBe('');
  });
});

describe('calendar files', () => {
  const ics = eventToIcs({
    uid: 'festival@ocop.example.vn',
    title: 'Festival sản phẩm OCOP Việt Nam 2026; khu A, B',
    description: 'Một dòng\nhai dòng',
    location: 'Cung Văn hóa Hữu nghị Việt Xô, 91 Trần Hưng Đạo, Hà Nội',
    url: 'https://ocop.example.vn/hoi-cho/festival/',
    startDate: '2026-12-04',
    endDate: '2026-12-08',
    stamp: '2026-11-23',
  });

  it('makes an all-day event whose end is the day after the last day', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20261204\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261209\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes separators and newlines in text', () => {
    expect(escapeIcsText('a;b,c\nd\\')).toBe('a\\;b\\,c\\nd\\\\');
  });

  it('folds long lines at 75 octets without splitting a Vietnamese character', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'Đặc sản Việt Nam '.repeat(20)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
  });
});

describe('JSON-LD', () => {
  it('cannot be broken out of with a closing script tag in producer text', () => {
    const text = jsonLdString({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('share images', () => {
  it('wraps a long title on word boundaries and ends a cut title with an ellipsis', () => {
    const lines = wrapText('Nước mắm Phú Quốc cá cơm 40 độ đạm truyền thống của nhà thùng ba đời ở An Thới', 20, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(0, 2)) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
});

describe('formatting per language', () => {
  it('writes dates day-first in Vietnamese and with the month name in English, whatever the time zone', () => {
    expect(formatDate('vi', '2026-11-23')).toBe('23/11/2026');
    expect(formatDate('en', '2026-11-23')).toBe('23 November 2026');
  });

  it('gives each day and language its own text when the same dates come back page after page', () => {
    const days = ['2026-11-23', '2025-01-10', '2026-11-23', '2025-01-10'];
    expect(days.map((day) => formatDate('vi', day))).toEqual(['23/11/2026', '10/01/2025', '23/11/2026', '10/01/2025']);
    expect(days.map((day) => formatDate('en', day))).toEqual(['23 November 2026', '10 January 2025', '23 November 2026', '10 January 2025']);
  });

  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber('vi', 20000)).toBe('20.000');
    expect(formatNumber('en', 20000)).toBe('20,000');
  });
});
