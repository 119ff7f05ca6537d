import { describe, expect, it } from 'vitest';
import { findPersonalData, publicContacts } from '../../../src/publish/personal-data.ts';

const allowed = publicContacts([{ contact: { phone: '0912 345 678', email: 'lienhe@htx.example.vn' } }, { phone: '+84 987 654 321' }]);
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
    expect(scan('Gọi 0912.345.678 hoặc +84987654321')).toEqual([]);
    expect(scan('Zalo chủ hộ 0909 114 170')).toEqual(['/a/index.html: mobile number 090…70 that no producer or point publishes']);
    expect(scan('Tổng đài 0223 3927066')).toEqual([]); // a landline, not a personal mobile
    expect(scan('<img src="/photos/0988333497c8b6f77bc7-480.webp">')).toEqual([]); // a content hash, not a number
  });

  it('allows published emails, finds the rest, and ignores image names and calendar UIDs', () => {
    expect(scan('lienhe@htx.example.vn, logo@2x.png')).toEqual([]);
    expect(scan('chuho.nguyen@gmail.com')).toEqual(['/a/index.html: email chu…om not marked public']);
    expect(scan('UID:hoi-cho-2026@ocop.example.vn\nSUMMARY:x', '/e.ics')).toEqual([]);
  });
});
