import { describe, expect, it } from 'vitest';
import { productId } from '../../../src/domain/product-id.ts';
import { producerId, slug } from '../../../src/domain/slug.ts';

describe('slug', () => {
  it('turns Vietnamese into lower-case ASCII with đ as d', () => {
    expect(slug('Cà phê rang xay Đắk Lắk')).toBe('ca-phe-rang-xay-dak-lak');
    expect(slug('ĐƯỜNG PHÈN')).toBe('duong-phen');
  });

  it('gives the same slug for precomposed and decomposed input', () => {
    const composed = 'Mật ong Hoà Bình';
    expect(slug(composed.normalize('NFD'))).toBe(slug(composed));
  });

  it('collapses punctuation into single dashes and trims them', () => {
    expect(slug('  Nước mắm (40°N) -- Phú Quốc!  ')).toBe('nuoc-mam-40-n-phu-quoc');
  });

  it('cuts at 60 characters without leaving a trailing dash', () => {
    const long = slug('Sản phẩm '.repeat(20));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('productId', () => {
  it('appends the slugged product code when there is one', () => {
    expect(productId({ name: 'Bánh gai Tứ Kỳ', code: 'HD-001', decisionNumber: '1/QĐ', producerName: 'X' })).toBe('banh-gai-tu-ky-hd-001');
  });

  it('appends 8 hex chars of a hash of decision, producer and name when there is no code', () => {
    const id = productId({ name: 'Bánh gai', decisionNumber: '12/QĐ-UBND', producerName: 'Cơ sở A' });
    expect(id).toMatch(/^banh-gai-[0-9a-f]{8}$/);
  });

  it('keeps the hash stable when spacing and case of the producer and name change', () => {
    const a = productId({ name: 'Bánh gai', decisionNumber: '12/QĐ-UBND', producerName: 'Cơ sở A' });
    const b = productId({ name: ' BÁNH  gai ', decisionNumber: '12/QĐ-UBND', producerName: 'cơ sở a' });
    expect(b).toBe(a);
  });

  it('changes the hash when the decision changes', () => {
    const a = productId({ name: 'Bánh gai', decisionNumber: '12/QĐ-UBND', producerName: 'Cơ sở A' });
    const b = productId({ name: 'Bánh gai', decisionNumber: '13/QĐ-UBND', producerName: 'Cơ sở A' });
    expect(b).not.toBe(a);
  });
});

describe('producerId', () => {
  it('joins the slugged name and the current province code', () => {
    expect(producerId('HTX Nông nghiệp Đak Đoa Xanh', '52')).toBe('htx-nong-nghiep-dak-doa-xanh-52');
  });
});
