import { describe, expect, it } from 'vitest';
import { certificateStateOn } from '../../../src/domain/certificate.ts';
import { categoryByKey } from '../../../src/domain/taxonomy.ts';
import type { ProductView } from '../../../src/queries/catalogue.ts';
import { aToZIndex, initialLetter, letterAnchor, OTHER_INITIAL } from '../../../src/queries/a-to-z.ts';
import type { Product } from '../../../src/schemas/product.ts';

function view(name: string, id = name): ProductView {
  const product: Product = {
    id,
    name,
    producerId: 'htx-52',
    category: 'I.6',
    certificate: { stars: 4, decisionNumber: `1/${id}`, decisionDate: '2024-01-10', expiresOn: '2027-01-10', status: 'active' },
    address: { provinceCode: '52' },
    ecommerce: [],
    standards: [],
    sourceRow: 2,
  };
  const state = certificateStateOn(product.certificate, '2026-11-23');
  return { product, state, shown: state.shown, category: categoryByKey('I.6'), producer: undefined };
}

describe('the A–Z index', () => {
  it('files a name under its first letter without the tone mark, keeping Ă, Â, Đ, Ơ as letters of their own', () => {
    expect(initialLetter('Ấm trà')).toBe('Â');
    expect(initialLetter('ăn liền')).toBe('Ă');
    expect(initialLetter('Ổi Bo')).toBe('Ô');
    expect(initialLetter('Ớt')).toBe('Ơ');
    expect(initialLetter('đậu phộng')).toBe('Đ');
    expect(initialLetter('Ánh')).toBe('A');
    expect(initialLetter('3 miền')).toBe(OTHER_INITIAL);
    expect(initialLetter('“Quà” quê')).toBe(OTHER_INITIAL);
  });

  it('sorts in Vietnamese order and groups by letter: A before Ă before Â, D before Đ', () => {
    const names = ['Đậu', 'Âm', 'Dưa', 'Ăn', 'An', 'Bánh'];
    const index = aToZIndex(names.map((n) => view(n)));
    const groups = index.pages[0]!.groups;
    expect(groups.map((g) => g.letter)).toEqual(['A', 'Ă', 'Â', 'B', 'D', 'Đ']);
    expect(groups.flatMap((g) => g.views.map((v) => v.product.name))).toEqual(['An', 'Ăn', 'Âm', 'Bánh', 'Dưa', 'Đậu']);
    expect(index.total).toBe(6);
  });

  it('splits into pages, carrying a letter on as "continued" and pointing each letter at the page it starts on', () => {
    const names = ['Ba', 'Bb', 'Bc', 'Bd', 'Ca', 'Cb', 'Da'];
    const index = aToZIndex(
      names.map((n) => view(n)),
      3,
    );
    expect(index.pages.map((p) => p.pages)).toEqual([3, 3, 3]);
    expect(index.pages[1]!.groups.map((g) => [g.letter, g.continued])).toEqual([
      ['B', true],
      ['C', false],
    ]);
    expect(index.letters).toEqual([
      { letter: 'B', page: 1 },
      { letter: 'C', page: 2 },
      { letter: 'D', page: 3 },
    ]);
  });

  it('has one page even when empty, so its address always exists', () => {
    expect(aToZIndex([], 3).pages).toEqual([{ page: 1, pages: 1, groups: [] }]);
  });

  it('gives each letter an ASCII anchor of its own', () => {
    const anchors = ['A', 'Ă', 'Â', 'D', 'Đ', OTHER_INITIAL].map(letterAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9]+$/);
  });
});
