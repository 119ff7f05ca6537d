import { describe, expect, it } from 'vitest';
import { findPersonalData, publicContacts } from '../../../src/built-site/personal-data.ts';

const allowed = publicContacts([
  { contact: { phone: '0912 345 678', email: 'lienhe@htx.example.vn' } },
  { phone: '+84 987 654 300' },
  { phone: '024 3942 0000' },
]);
const scan = (text: string, file = '/a/index.html') => findPersonalData(new Map([[file, text]]), allowed);

describe('the personal-data scan', () => {
  it('finds 12- and 9-digit ID numbers standing alone, masked in the report', () => {
    expect(scan('<td>CCCD 039986987973</td>')).toEqual(['/a/index.html: 12-digit ID number 039…73']);
    expect(scan('CMND: 123456789.')).toEqual(['/a/index.html: 9-digit ID number 123…89']);
  });

  it('leaves numbers that are parts of something else alone: hashes, decimals, longer numbers, prices', () => {
    expect(scan('sha256 a3f123456789012b, 14.123456789, 1234567890123, 1.234.567.890 đ, /images/123456789012.jpg')).toEqual([]);
  });

  it('allows the mobile numbers producers and points publish, in any spacing, and finds others', () => {
    expect(scan('Gọi 0912.345.678 hoặc +84987654300')).toEqual([]);
    expect(scan('Zalo chủ hộ 0909 114 170')).toEqual(['/a/index.html: mobile number 090…70 that no producer or point publishes']);
    expect(scan('<img src="/photos/0988333497c8b6f77bc7-480.webp">')).toEqual([]); // a content hash, not a number
  });

  it('allows the landlines points publish and finds others: a household’s home line is personal too', () => {
    expect(scan('Quầy OCOP: (+84) 24 3942 0000')).toEqual([]);
    expect(scan('Tổng đài 0223 3927066')).toEqual(['/a/index.html: landline number 022…66 that no producer or point publishes']);
  });

  it('allows published emails, finds the rest, and ignores image names and calendar UIDs', () => {
    expect(scan('lienhe@htx.example.vn, logo@2x.png')).toEqual([]);
    expect(scan('chuho.nguyen@gmail.com')).toEqual(['/a/index.html: email chu…om not marked public']);
    expect(scan('UID:hoi-cho-2026@ocop.example.vn\nSUMMARY:x', '/e.ics')).toEqual([]);
  });

  it('reports a value once per file, however often the file repeats it', () => {
    expect(scan('<p>CCCD 039986987973</p><meta content="CCCD 039986987973">')).toEqual(['/a/index.html: 12-digit ID number 039…73']);
  });
});

describe('the personal-data scan finds every way the leaked release wrote them', () => {
  // Each was in a description, a producer's name or another free-text cell, and
  // the release published with exit 0.
  const probes: [written: string, finding: string][] = [
    ['030 187 004 322', '12-digit ID number 030…22'],
    ['030.187.004.323', '12-digit ID number 030…23'],
    ['CCCD030187004324', '12-digit ID number 030…24'],
    ['Số CMND 123 456 789', '9-digit ID number 123…89'],
    ['Zalo0987654321', 'mobile number 098…21 that no producer or point publishes'],
    ['84912345681', 'mobile number 091…81 that no producer or point publishes'],
    ['+84 912 345 682', 'mobile number 091…82 that no producer or point publishes'],
    ['0 912 345 682', 'mobile number 091…82 that no producer or point publishes'],
  ];
  for (const [written, finding] of probes) {
    it(`finds "${written}" in a page, in the open data and in the search index`, () => {
      expect(scan(`<p>Hộ kinh doanh Nguyễn Văn Ba, ${written}, chuyên mắm cá cơm.</p>`)).toEqual([`/a/index.html: ${finding}`]);
      expect(scan(`{"description":"Mắm cá cơm.\\n${written}"}`, '/du-lieu-mo/products.json')).toEqual([`/du-lieu-mo/products.json: ${finding}`]);
      expect(scan(`ca-phe,"Cà phê ${written}",5`, '/du-lieu-mo/products.csv')).toEqual([`/du-lieu-mo/products.csv: ${finding}`]);
      expect(scan(`[{"url":"/san-pham/x/","meta":{"producer":"${written}"}}]`, '/search-index/vi/ab12/d-0.json')).toEqual([
        `/search-index/vi/ab12/d-0.json: ${finding}`,
      ]);
    });
  }
});

describe('the personal-data scan leaves what is not personal alone', () => {
  const notPersonal: [what: string, text: string][] = [
    ['a decision number', '3981/QĐ-UBND'],
    ['a decision number and its date', '1234/QĐ-UBND ngày 05/08/2026'],
    ['a product code of digit groups', '83-829-28780-3-2022'],
    ['product codes', 'HD-001, QN-VD-2023-0042'],
    ['a score', 'Điểm 78,5'],
    ['prices', '150.000 đồng, 1.200.000 đ/kg, 123.456.789 đồng'],
    ['weights and volumes', '500 g, 750ml'],
    ['years and ISO dates', 'Năm 2019, 2026-08-05'],
    ['coordinates', '12.6797, 108.0442 and 20,8201'],
    ['a photo hash in a path', '/photos/0988333497c8b6f77bc7-480.webp'],
    ['a 20-hex content hash', 'og/1124c6ea1ff8a31a1134.png'],
    ['base64 in a data URL', 'data:image/png;base64,iVBORw0KGgo123456789AAAANSUhEUgAAAAEAAAAB'],
    ['a percentage', '12,5%'],
    ['long numeric ids in a shop URL', 'https://shopee.vn/product/123456789/987654321'],
    ['an HTML entity', 'A&#8203;B'],
    ['a business hotline', 'Hotline 1900 6868'],
  ];
  for (const [what, text] of notPersonal) {
    it(`leaves ${what} alone`, () => {
      expect(scan(`<p>${text}</p>`)).toEqual([]);
    });
  }

  it('leaves the search index’s packed facets and page lists alone', () => {
    expect(
      scan('{"single":{"province":{"values":["01","79"],"pages":"  !!!!!!!!!!!!  ##########"}},"multiple":{}}', '/search-index/vi/ab12/facets.json'),
    ).toEqual([]);
    expect(scan('{"mat":{"title":{"Mật":[0,12,1,1,1]},"body":[3,1,1,1,1,1,1,1,1,1,1,1]}}', '/search-index/vi/ab12/p-ma.json')).toEqual([]);
  });
});
