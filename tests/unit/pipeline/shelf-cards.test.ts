/** The shelf cards of a build: which products and producers get one, what each prints, and what a night redraws. */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishShelfPrints, shelfPrintsOf } from '../../../src/pipeline/shelf-cards.ts';

const SITE = 'https://ocop.example.vn';
const AS_OF = '2026-11-23';
const certificate = (expiresOn: string, status: 'active' | 'revoked' | 'pending-rerating' = 'active', stars: 3 | 4 | 5 = 4) => ({
  stars,
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: '2023-10-28',
  expiresOn,
  status,
});
// Gia Lai is province 52 of the admin-unit table, Hà Nội (Hanoi in English) 01.
const address = (provinceCode: string) => ({ provinceCode, asWritten: '' });
const product = (id: string, name: string, producerId: string, cert: ReturnType<typeof certificate>, provinceCode = '52') => ({
  id,
  name,
  producerId,
  certificate: cert,
  address: address(provinceCode),
});
const PRODUCTS = [
  product('mat-ong', 'Mật ong hoa cà phê', 'htx-a', certificate('2028-10-28', 'active', 3)),
  product('ca-phe', 'Cà phê bột Đak Đoa', 'htx-a', certificate('2028-10-28', 'active', 5)),
  product('mam-tom-het-han', 'Mắm tôm', 'htx-a', certificate('2025-01-10')),
  product('nuoc-mam-thu-hoi', 'Nước mắm', 'htx-b', certificate('2028-01-10', 'revoked')),
  product('che-danh-gia-lai', 'Chè Tân Cương', 'htx-c', certificate('2026-10-01', 'pending-rerating'), '01'),
];
const PRODUCERS = [
  { id: 'htx-a', name: 'HTX Đak Đoa Xanh' },
  { id: 'htx-b', name: 'HTX Nước mắm' },
  { id: 'htx-c', name: 'HTX Chè' },
];

describe('which shelf cards a build has', () => {
  const { cards, sheets } = shelfPrintsOf(PRODUCTS, PRODUCERS, AS_OF, SITE);

  it('a card in each language for every product whose stars are shown, more stars first, none for an expired or revoked one', () => {
    expect(cards.map((print) => print.path)).toEqual([
      '/the-ke-hang/ca-phe.pdf',
      '/en/shelf-cards/ca-phe.pdf',
      '/the-ke-hang/che-danh-gia-lai.pdf',
      '/en/shelf-cards/che-danh-gia-lai.pdf',
      '/the-ke-hang/mat-ong.pdf',
      '/en/shelf-cards/mat-ong.pdf',
    ]);
  });

  it('a sheet in each language for every producer with a current product, its cards in the producer page’s order', () => {
    expect(sheets.map((print) => print.path)).toEqual([
      '/the-ke-hang/chu-the/htx-a.pdf',
      '/en/shelf-cards/producers/htx-a.pdf',
      '/the-ke-hang/chu-the/htx-c.pdf',
      '/en/shelf-cards/producers/htx-c.pdf',
    ]);
    const [vi] = sheets;
    expect(vi!.sheet.title).toBe('Thẻ kệ hàng OCOP của HTX Đak Đoa Xanh');
    expect(vi!.sheet.cards.map((card) => card.name)).toEqual(['Cà phê bột Đak Đoa', 'Mật ong hoa cà phê']);
  });

  it('a card prints the stars, decision, expiry and province in its language and opens its own page', () => {
    const vi = cards.find((print) => print.path === '/the-ke-hang/ca-phe.pdf')!.card;
    expect(vi).toMatchObject({ lang: 'vi', name: 'Cà phê bột Đak Đoa', stars: 5, starsText: '5 sao', url: `${SITE}/san-pham/ca-phe/`, dated: '2023-10-28' });
    expect(vi.facts.map((fact) => fact.value)).toEqual(['1234/QĐ-UBND', '28/10/2028', 'Gia Lai']);
    expect(vi.scanText).toContain('ocop.example.vn');
    const en = cards.find((print) => print.path === '/en/shelf-cards/ca-phe.pdf')!.card;
    expect(en).toMatchObject({ lang: 'en', starsText: '5 stars', url: `${SITE}/en/products/ca-phe/` });
    expect(en.facts.map((fact) => fact.value)).toEqual(['1234/QĐ-UBND', '28 October 2028', 'Gia Lai']);
    expect(en.facts.map((fact) => fact.label)).toContain('Certificate valid until');
  });

  it('a certificate under re-rating prints its grace period’s end and says it is under re-rating', () => {
    const card = cards.find((print) => print.path === '/the-ke-hang/che-danh-gia-lai.pdf')!.card;
    expect(card.facts[1]!.value).toBe('30/03/2027'); // 180 days after 1 October 2026
    expect(card.note).toBe('Đang đánh giá lại');
    expect(card.facts[2]!.value).toBe('Hà Nội');
    expect(cards.find((print) => print.path === '/en/shelf-cards/che-danh-gia-lai.pdf')!.card.facts[2]!.value).toBe('Hanoi');
    expect(cards.find((print) => print.path === '/the-ke-hang/ca-phe.pdf')!.card.note).toBeUndefined();
  });

  it('the same product on a later night, after its certificate lapsed, has no card and its producer no sheet', () => {
    const later = shelfPrintsOf(PRODUCTS, PRODUCERS, '2028-10-29', SITE);
    expect(later.cards).toEqual([]);
    expect(later.sheets).toEqual([]);
  });
});

describe('publishing the shelf cards', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shelf-cards-'));
    vi.stubEnv('OCOP_CACHE_DIR', path.join(root, 'cache'));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });
  const drawn = async () => (await readdir(path.join(root, 'cache'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

  it('links every card and sheet from the cache; a later night draws only what changed', async () => {
    const first = path.join(root, 'first');
    expect(await publishShelfPrints(shelfPrintsOf(PRODUCTS, PRODUCERS, AS_OF, SITE), first)).toEqual({ cards: 6, sheets: 4 });
    const onFirstNight = await drawn();
    expect(onFirstNight).toHaveLength(10);

    // Nothing changed: nothing drawn, the same files linked.
    const second = path.join(root, 'second');
    await publishShelfPrints(shelfPrintsOf(PRODUCTS, PRODUCERS, AS_OF, SITE), second);
    expect((await drawn()).sort()).toEqual([...onFirstNight].sort());
    const [a, b] = await Promise.all([stat(path.join(first, 'the-ke-hang/ca-phe.pdf')), stat(path.join(second, 'the-ke-hang/ca-phe.pdf'))]);
    expect(b.ino).toBe(a.ino);

    // One certificate renewed: its two cards and its producer's two sheets are drawn, nothing else.
    const renewed = PRODUCTS.map((p) => (p.id === 'mat-ong' ? { ...p, certificate: { ...p.certificate, expiresOn: '2029-12-31' } } : p));
    await publishShelfPrints(shelfPrintsOf(renewed, PRODUCERS, AS_OF, SITE), path.join(root, 'third'));
    expect(await drawn()).toHaveLength(14);
  });
});
