import { describe, expect, it } from 'vitest';
import { cleanMultilineText, cleanText, foldVietnamese, matchKey, cutAtWord } from '../../../src/domain/text.ts';

describe('cleanText', () => {
  it('normalises to NFC and trims', () => {
    expect(cleanText('  Mật ong  '.normalize('NFD'))).toBe('Mật ong');
    expect(cleanText('Mật ong'.normalize('NFD'))).toBe('Mật ong'.normalize('NFC'));
  });

  it('strips HTML tags, script blocks and control characters', () => {
    expect(cleanText('<b>Chè</b>\u0007 <script>alert(1)</script>Thái\u200B Nguyên')).toBe('Chè Thái Nguyên');
  });

  it('decodes entities only after removing tags, so escaped markup stays text', () => {
    expect(cleanText('A &amp; B &lt;i&gt;')).toBe('A & B <i>');
  });
});

describe('cleanMultilineText', () => {
  it('keeps paragraph breaks from <p> and <br>', () => {
    expect(cleanMultilineText('<p>Một</p><p>Hai<br>Ba</p>')).toBe('Một\nHai\nBa');
  });
});

describe('foldVietnamese', () => {
  it('removes diacritics, lower-cases and turns đ into d', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('ĐƯỜNG PHÈN')).toBe('duong phen');
  });

  it('folds tone-mark placement variants to the same text', () => {
    expect(foldVietnamese('Hoà Bình')).toBe(foldVietnamese('Hòa Bình'));
    expect(foldVietnamese('Thuý')).toBe(foldVietnamese('Thúy'));
  });
});

describe('matchKey', () => {
  it('reduces punctuation and spacing to single spaces', () => {
    expect(matchKey(' Tỉnh/TP. ')).toBe('tinh tp');
  });
});

describe('cutAtWord', () => {
  it('cuts at a sentence end when one is near the limit, else at a word, with an ellipsis', () => {
    expect(cutAtWord('Nước mắm nhỉ truyền thống Phan Thiết', 30)).toBe('Nước mắm nhỉ truyền thống…');
    expect(cutAtWord('Mật ong rừng nguyên chất. Thêm nữa', 27)).toBe('Mật ong rừng nguyên chất.');
    expect(cutAtWord('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
