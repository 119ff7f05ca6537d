import { describe, expect, it } from 'vitest';
import { certificateStateOn } from '../../../src/domain/certificate.ts';
import { checkVerdict } from '../../../src/domain/certificate-check.ts';
import { categoryByKey } from '../../../src/domain/taxonomy.ts';
import type { Catalogue, ProductView } from '../../../src/queries/catalogue.ts';
import { certificateIndex } from '../../../src/queries/certificate-index.ts';
import type { Product } from '../../../src/schemas/product.ts';

const AS_OF = '2026-11-23';

function view(id: string, certificate: Partial<Product['certificate']>): ProductView {
  const product: Product = {
    id,
    name: `Cà phê ${id}`,
    producerId: 'htx-52',
    category: 'I.6',
    certificate: { stars: 4, decisionNumber: `1/${id}`, decisionDate: '2024-01-10', expiresOn: '2027-01-10', status: 'active', ...certificate },
    address: { provinceCode: '52' },
    ecommerce: [],
    standards: [],
    sourceRow: 2,
  };
  const state = certificateStateOn(product.certificate, AS_OF);
  return { product, state, shown: state.shown, category: categoryByKey('I.6'), producer: undefined };
}

const views = [
  view('valid', {}),
  view('expired', { expiresOn: '2026-11-22' }),
  view('revoked', { status: 'revoked', revokedOn: '2026-05-01', revocationReason: 'Vi phạm chất lượng' }),
  view('pending', { status: 'pending-rerating', expiresOn: '2026-10-01' }),
];
const catalogue = { buildDate: AS_OF, products: new Map(views.map((v) => [v.product.id, v])) } as unknown as Catalogue;
const index = certificateIndex(catalogue);
const entry = (id: string) => index.products.find((e) => e.i === id)!;

describe('the certificate-check index', () => {
  it('gives stars and the last valid day to a certificate valid on the build date', () => {
    expect(entry('valid')).toMatchObject({ s: 4, u: '2027-01-10', t: 'valid' });
  });

  it('gives no stars to a certificate that lapsed the day before the build date, and says since when', () => {
    expect(entry('expired').s).toBeUndefined();
    expect(entry('expired')).toMatchObject({ t: 'expired', u: '2026-11-23' });
  });

  it('gives no stars to a revoked certificate', () => {
    expect(entry('revoked').s).toBeUndefined();
    expect(entry('revoked')).toMatchObject({ t: 'revoked', u: '2026-05-01', w: 'Vi phạm chất lượng' });
    expect(checkVerdict(entry('revoked'))).toMatchObject({ verdict: 'withdrawn', reason: 'revoked', why: 'Vi phạm chất lượng' });
    expect(entry('valid').w).toBeUndefined();
  });

  it('keeps the stars of a certificate under re-rating within the grace period, marked pending', () => {
    expect(entry('pending')).toMatchObject({ s: 4, t: 'pending' });
  });

  it('lets a visitor find a product without typing diacritics', () => {
    expect(entry('valid').k).toContain('ca phe valid');
  });
});
