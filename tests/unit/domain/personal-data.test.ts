import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  isPublicContact,
  maskForLog,
  normalisePhone,
  publicContacts,
  screenField,
  stripPersonalData,
} from '../../../src/domain/personal-data.ts';

/** What the policy finds in a text: kind and normalised value. */
const found = (text: string) => findPersonalData(text).map((match) => `${match.kind} ${match.normalised}`);

describe('ID numbers', () => {
  it('finds a 12-digit CCCD and a 9-digit CMND standing alone', () => {
    expect(found('CCCD 039986987973')).toEqual(['id-number 039986987973']);
    expect(found('Chủ hộ: 039986987973.')).toEqual(['id-number 039986987973']);
    expect(found('123456789')).toEqual(['id-number 123456789']);
  });

  it('finds them grouped by spaces, dots or dashes, as people write them', () => {
    expect(found('030 187 004 322')).toEqual(['id-number 030187004322']);
    expect(found('030.187.004.323')).toEqual(['id-number 030187004323']);
    expect(found('0301-8700-4325')).toEqual(['id-number 030187004325']);
    expect(found('030187 004326')).toEqual(['id-number 030187004326']);
    expect(found('123 456 789')).toEqual(['id-number 123456789']);
  });

  it('finds them glued to their label or after it, with or without diacritics', () => {
    expect(found('CCCD030187004324')).toEqual(['id-number 030187004324']);
    expect(found('Số CMND 123 456 789')).toEqual(['id-number 123456789']);
    expect(found('Số CCCD 030 187 004 322')).toEqual(['id-number 030187004322']);
    expect(found('CMND: 123456789.')).toEqual(['id-number 123456789']);
    expect(found('căn cước 030187004327')).toEqual(['id-number 030187004327']);
    expect(found('so can cuoc cong dan: 030187004328')).toEqual(['id-number 030187004328']);
    expect(found('CCCD/CMND số: 0301 870 04329')).toEqual(['id-number 030187004329']);
  });

  it('counts a labelled number of about the right length as an ID whatever its grouping', () => {
    expect(found('CMND 12345678')).toEqual(['id-number 12345678']);
    expect(found('Số CCCD: 30 18 70 04 32 2')).toEqual(['id-number 30187004322']);
  });

  it('finds a labelled ID even as a bare JSON number, which the site never writes', () => {
    expect(found('{"CMND": 123456789}')).toEqual(['id-number 123456789']);
  });

  it('finds labels written in decomposed Unicode too', () => {
    expect(found('Số căn cước 030187004322'.normalize('NFD'))).toEqual(['id-number 030187004322']);
  });

  it('reads a 12-digit number that does not start with 0, as a province code does, as something else', () => {
    expect(found('123456789012')).toEqual([]);
    expect(found('893123456789')).toEqual([]);
  });

  it('reads a household tax code of 12 digits as its owner’s ID number, an enterprise’s of 10 as a tax code', () => {
    expect(found('MST 030187004322')).toEqual(['id-number 030187004322']);
    expect(found('MST: 0312345678')).toEqual([]);
    expect(found('Mã số thuế: 0101234567-001')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds mobiles in every spacing and prefix people use', () => {
    for (const written of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '091-234-5678',
      '0 912 345 678',
      '+84 912 345 678',
      '+84912345678',
      '84912345678',
      '(+84) 912 345 678',
      '0084 912 345 678',
      '+84 (0) 912 345 678',
      '+84 0912 345 678',
    ]) {
      expect(found(written), written).toEqual(['phone 0912345678']);
    }
  });

  it('finds mobiles grouped with no-break or zero-width spaces, and in JSON after an escaped line break', () => {
    expect(found('0912\u00a0345\u00a0678')).toEqual(['phone 0912345678']);
    expect(found('0912\u200b345\u200b678')).toEqual(['phone 0912345678']);
    expect(found('{"description":"Mắm ngon.\\nZalo0987654321"}')).toEqual(['phone 0987654321']);
  });

  it('finds the probe values from the leaked release', () => {
    expect(found('Zalo0987654321')).toEqual(['phone 0987654321']);
    expect(found('84912345681')).toEqual(['phone 0912345681']);
    expect(found('+84 912 345 682')).toEqual(['phone 0912345682']);
    expect(found('0 912 345 682')).toEqual(['phone 0912345682']);
  });

  it('finds landlines of eleven digits, with the area code in brackets or not', () => {
    expect(found('Tổng đài 0223 3927066')).toEqual(['phone 02233927066']);
    expect(found('+84 24 3942 0000')).toEqual(['phone 02439420000']);
    expect(found('Số điện thoại: (028) 3829 1234')).toEqual(['phone 02838291234']);
    expect(found('ĐT (0262) 3812345.')).toEqual(['phone 02623812345']);
  });

  it('finds numbers glued to or after a label, the label kept with the match', () => {
    const [match] = findPersonalData('Liên hệ ĐT:0912345678');
    expect(match).toMatchObject({ kind: 'phone', text: '0912345678', label: 'ĐT:' });
    expect(found('SĐT 0912345678, sđt zalo 0987654321')).toEqual(['phone 0912345678', 'phone 0987654321']);
    expect(found('tel:+84912345678')).toEqual(['phone 0912345678']);
  });

  it('reads a labelled number missing its leading 0 as a phone, not a CMND', () => {
    expect(found('Zalo 912345682')).toEqual(['phone 0912345682']);
  });

  it('finds each of several numbers in a list', () => {
    expect(found('0912345678/0987654321')).toEqual(['phone 0912345678', 'phone 0987654321']);
    expect(found('0912345678,0987654321')).toEqual(['phone 0912345678', 'phone 0987654321']);
    expect(found('0912 345 678 0987 654 321')).toEqual(['phone 0912345678', 'phone 0987654321']);
    expect(found('SĐT: 0912345678 - 0987654321')).toEqual(['phone 0912345678', 'phone 0987654321']);
  });

  it('finds a phone in a link, written with its 0 or 84', () => {
    expect(found('https://zalo.me/0912345678')).toEqual(['phone 0912345678']);
  });

  it('never counts 1800 and 1900 numbers: only businesses hold them', () => {
    expect(found('Hotline 1900 6868')).toEqual([]);
    expect(found('Hotline: 1900123456')).toEqual([]);
    expect(found('Gọi miễn phí 1800 1234 56')).toEqual([]);
  });

  it('normalises a published phone the same way as a found one', () => {
    expect(normalisePhone('+84 987 654 321')).toBe('0987654321');
    expect(normalisePhone('(+84) 24 3942 0000')).toBe('02439420000');
    expect(normalisePhone('0912.345.678')).toBe('0912345678');
  });
});

describe('email addresses', () => {
  it('finds addresses, lower-cased, and not image names', () => {
    expect(found('Email: ChuHo.Nguyen@Gmail.com')).toEqual(['email chuho.nguyen@gmail.com']);
    expect(found('logo@2x.png')).toEqual([]);
  });
});

describe('what is not personal data', () => {
  const notPersonal: Record<string, string[]> = {
    'decision numbers': ['3981/QĐ-UBND', '1234/QĐ-UBND ngày 05/08/2026', 'Quyết định số 123456789/QĐ-UBND'],
    dates: ['05/08/2026', '2026-08-05', '09.08.2026 12:30', '2019 2020 2021'],
    'product codes': ['83-829-28780-3-2022', 'HD-001', 'QN-VD-2023-0042', 'SP0912345678', 'Mã 8938505970123'],
    scores: ['78,5', 'Điểm 78,5/100'],
    prices: ['150.000 đồng', '1.200.000 đ/kg', '123.456.789 đồng', '150.000.000', 'Giá 123.456.789', '1.234.567.890 đ'],
    'weights and volumes': ['500 g', '750ml', '123456789 g'],
    coordinates: ['12.6797, 108.0442', '20,8201', '14.123456789', '108.04421234567'],
    'hashes and base64 in URLs and file names': [
      '<img src="/photos/0988333497c8b6f77bc7-480.webp">',
      '1124c6ea1ff8a31a1134',
      'sha256 a3f123456789012b',
      '/images/123456789012.jpg',
      '"image": "123456789.webp"',
      'data:image/png;base64,iVBORw0KGgo123456789AAAANSUhEUgAAAAEAAAAB',
    ],
    'percentages and plain numbers': ['12%', '123456789 %', '1234567890123', '192.168.100.200'],
    'numeric ids in URL paths': ['https://shopee.vn/product/123456789/987654321', 'shopee.vn/shop-i.123456789.9876543210', 'https://example.vn/?id=123456789'],
    'HTML entities': ['&#8203;', 'A&#8203;&#8203;B', '&#123456789;'],
    'sizes and counts written as JSON numbers': ['{"bytes": 123456789, "rows": 147}', '{"size":987654321}'],
  };
  for (const [what, texts] of Object.entries(notPersonal)) {
    it(`leaves ${what} alone`, () => {
      for (const text of texts) expect(found(text), text).toEqual([]);
    });
  }

  it('leaves the search index’s packed numbers alone: page lists and their differences', () => {
    expect(found('{"cà":{"title":{"Cà":[0,1,1,3]},"body":[12,1,1,1,1,1,1,1,1,1,1]}}')).toEqual([]);
    expect(found('{"version":"3f2a1b4c5d6e","pages":138,"blockSize":16,"kinds":[["product",0,138]]}')).toEqual([]);
  });
});

describe('stripping personal data from free text', () => {
  it('removes each value with its label and tidies what was around it', () => {
    expect(stripPersonalData('Mật ong rừng. Liên hệ chủ hộ, SĐT: 0912345678, để đặt hàng.').text).toBe('Mật ong rừng. Liên hệ chủ hộ, để đặt hàng.');
    expect(stripPersonalData('Hộ ông Ba (ĐT 0912345678) chuyên làm mắm').text).toBe('Hộ ông Ba chuyên làm mắm');
    expect(stripPersonalData('Chủ hộ Số CMND 123 456 789 cấp năm 2010').text).toBe('Chủ hộ cấp năm 2010');
    expect(stripPersonalData('Đặt hàng qua Zalo0987654321').text).toBe('Đặt hàng qua');
    expect(stripPersonalData('Liên hệ: Zalo 0912345678, Email: chuho@gmail.com.').text).toBe('Liên hệ.');
    expect(stripPersonalData('Mắm ngon. SĐT 0912345678.').text).toBe('Mắm ngon.');
  });

  it('removes a list of numbers with what joined them', () => {
    expect(stripPersonalData('Gọi 0912345678 hoặc 0987654321 để mua').text).toBe('Gọi để mua');
    expect(stripPersonalData('SĐT: 0912345678/0987654321').text).toBe('');
  });

  it('reports what it removed, as written', () => {
    const { removed } = stripPersonalData('CCCD030187004324 và +84 912 345 682');
    expect(removed.map((match) => [match.kind, match.text, match.normalised])).toEqual([
      ['id-number', '030187004324', '030187004324'],
      ['phone', '+84 912 345 682', '0912345682'],
    ]);
  });

  it('keeps the values the caller allows: a published organisation’s phone', () => {
    const allowed = publicContacts([{ contact: { phone: '0223 3927066', email: 'lienhe@htx.example.vn' } }]);
    const result = stripPersonalData('Tổng đài 0223 3927066, lienhe@htx.example.vn, chủ nhiệm 0912345678', isPublicContact(allowed));
    expect(result.text).toBe('Tổng đài 0223 3927066, lienhe@htx.example.vn, chủ nhiệm');
    expect(result.removed.map((match) => match.normalised)).toEqual(['0912345678']);
  });

  it('leaves a text without personal data exactly as it was', () => {
    const text = 'Nước mắm 40 độ đạm, chai 500 ml, giá 150.000 đồng (QĐ 3981/QĐ-UBND).';
    expect(stripPersonalData(text)).toEqual({ text, removed: [] });
  });
});

describe('screening one field for the importer', () => {
  it('strips free text and reports what it removed', () => {
    expect(screenField('Trà ngon. Zalo 0912345678', { freeText: true })).toMatchObject({
      verdict: 'stripped',
      value: 'Trà ngon.',
      removed: [{ kind: 'phone' }],
    });
    expect(screenField('Trà ngon.', { freeText: true })).toEqual({ verdict: 'clean', value: 'Trà ngon.' });
  });

  it('calls a one-value field unusable once it carries personal data, and free text that was nothing else', () => {
    expect(screenField('Hộ kinh doanh Nguyễn Văn A 0912345678', { freeText: false })).toMatchObject({ verdict: 'unusable', found: [{ kind: 'phone' }] });
    expect(screenField('SĐT: 0912345678', { freeText: true })).toMatchObject({ verdict: 'unusable' });
  });
});

describe('masking for logs', () => {
  it('shows too little to recover the value', () => {
    expect(maskForLog('039986987973')).toBe('039…73');
    expect(maskForLog('123456789')).toBe('123…89');
    expect(maskForLog('a@b.vn')).toBe('a…n');
    expect(maskForLog('1234')).toBe('****');
  });
});

describe('the scan’s cost', () => {
  // Not a benchmark (docs/performance.md has the figures): a quadratic scan would
  // take minutes on these, a linear one a fraction of a second.
  it('stays linear on long runs of digits, separators and address characters', () => {
    for (const text of [
      '9'.repeat(400_000),
      '1 '.repeat(200_000),
      '0.'.repeat(200_000),
      `${'a.'.repeat(200_000)}@`,
      'a@b.'.repeat(100_000),
      'CCCD '.repeat(100_000),
    ]) {
      const started = performance.now();
      findPersonalData(text);
      expect(performance.now() - started, text.slice(0, 10)).toBeLessThan(2_000);
    }
  });
});
