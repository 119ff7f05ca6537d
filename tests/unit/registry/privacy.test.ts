import { describe, expect, it } from 'vitest';
import { producer as producerSchema } from '../../../src/schemas/producer.ts';
import { product as productSchema } from '../../../src/schemas/product.ts';
import { toPublicProducer, toPublicProduct } from '../../../src/registry/privacy.ts';
import type { IdentifiedRecord } from '../../../src/registry/record.ts';

function household(publicContact: boolean): IdentifiedRecord {
  return {
    id: 'banh-gai-tu-ky-hd-001',
    producerId: 'co-so-banh-gai-huong-que-31',
    row: 2,
    code: 'HD-001',
    name: 'Bánh gai Tứ Kỳ',
    producerName: 'Cơ sở Bánh gai Hương Quê',
    producerType: 'household',
    certificate: { stars: 4, decisionNumber: '1/QĐ', decisionDate: '2024-05-20', expiresOn: '2027-05-20', status: 'active' },
    category: 'I.3.b',
    address: { provinceCode: '31', communeCode: '11086', asWritten: 'Xã Đại Sơn, Huyện Tứ Kỳ, Hải Dương', street: 'Thôn Đông 2' },
    location: { lat: 20.820123, lon: 106.401234 },
    ecommerce: [],
    standards: [],
    phone: '0912345678',
    email: 'ho@example.vn',
    publicContact,
  };
}

describe('privacy allow-list', () => {
  it('publishes no street, phone or email of a household unless contacts are public', () => {
    const producer = toPublicProducer(household(false), undefined);
    expect(producer.address.street).toBeUndefined();
    expect(producer.contact).toBeUndefined();
    expect(JSON.stringify(producer)).not.toContain('0912345678');
    expect(toPublicProduct(household(false), undefined).address.street).toBeUndefined();
  });

  it('rounds a private household’s map position to about a kilometre', () => {
    expect(toPublicProduct(household(false), undefined).location).toEqual({ lat: 20.82, lon: 106.4 });
  });

  it('publishes a household’s contacts when the export marks them public', () => {
    const producer = toPublicProducer(household(true), undefined);
    expect(producer.contact).toEqual({ phone: '0912345678', email: 'ho@example.vn' });
    expect(producer.address.street).toBe('Thôn Đông 2');
  });

  it('publishes an enterprise’s business contacts', () => {
    const producer = toPublicProducer({ ...household(false), producerType: 'enterprise' }, 'https://x.example.vn/');
    expect(producer.contact?.phone).toBe('0912345678');
    expect(producer.website).toBe('https://x.example.vn/');
  });

  it('builds objects the public schemas accept', () => {
    expect(productSchema.safeParse(toPublicProduct(household(false), 'banh-gai.jpg')).success).toBe(true);
    expect(producerSchema.safeParse(toPublicProducer(household(true), undefined)).success).toBe(true);
  });
});
