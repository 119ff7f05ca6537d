/**
 * The certificate check with JavaScript: valid and withdrawn results differ by
 * icon and words as well as colour, a withdrawn result says why and since when,
 * dates are written as the rest of the site writes them, and the query is in
 * the address so a result can be shared.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { routes } from '../../src/i18n/routes.ts';
import { t } from '../../src/i18n/index.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { certificateStateOn } from '../../src/domain/certificate.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { openPage } from '../support/page.ts';
import { examples } from '../support/examples.ts';

const baseUrl = inject('baseUrl');
const asOf = inject('asOf');
const { current, expired, revoked, products } = examples(inject('contentDir'), asOf);
const vi = t('vi');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The result of one product, after checking its decision number (unique to it in the sample). */
async function checkOne(lang: 'vi' | 'en', decisionNumber: string, name: string) {
  const opened = await openPage(browser, baseUrl + routes.check(lang));
  await opened.page.locator('#check-q').fill(decisionNumber);
  await opened.page.locator('#check button[type="submit"]').click();
  const item = opened.page.locator('#check-results li', { hasText: name });
  await item.waitFor();
  return { ...opened, item };
}

const look = (item: Locator) =>
  item.evaluate((el) => ({
    icon: el.querySelector('[aria-hidden="true"]')?.textContent ?? '',
    status: el.querySelector('.check-status')?.textContent ?? '',
    border: getComputedStyle(el).borderLeftColor,
  }));

// A valid product whose last valid day has a one-digit day or month, so padding shows.
const validUnpadded = current.find((p) => {
  const state = certificateStateOn(p.certificate, asOf);
  return (
    state.shown && /-0\d(-|$)/.test(state.validUntil) && products.filter((q) => q.certificate.decisionNumber === p.certificate.decisionNumber).length === 1
  );
});

describe('certificate check results', () => {
  it('sets a valid and a withdrawn result apart by icon, words and colour', async () => {
    const valid = current.find((p) => products.filter((q) => q.certificate.decisionNumber === p.certificate.decisionNumber).length === 1)!;
    const a = await checkOne('vi', valid.certificate.decisionNumber, valid.name);
    const b = await checkOne('vi', revoked.certificate.decisionNumber, revoked.name);
    try {
      const validLook = await look(a.item);
      const withdrawnLook = await look(b.item);
      expect(validLook.status).toContain(vi.checkValid);
      expect(withdrawnLook.status).toContain(vi.checkWithdrawn);
      expect(validLook.icon).not.toBe('');
      expect(withdrawnLook.icon).not.toBe('');
      expect(validLook.icon).not.toBe(withdrawnLook.icon);
      expect(validLook.border).not.toBe(withdrawnLook.border);
      expect(await b.item.textContent()).not.toMatch(/\d sao/);
      // The results themselves meet WCAG 2.2 AA (contrast of the tinted withdrawn card, the icons).
      expect(await axeViolations(a.page)).toEqual([]);
      expect(await axeViolations(b.page)).toEqual([]);
      expect([...a.errors, ...b.errors]).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('says why a withdrawn certificate is withdrawn and since when, in dd/mm/yyyy', async () => {
    const state = certificateStateOn(expired.certificate, asOf);
    if (state.state !== 'expired') throw new Error('the example should be expired');
    const { item, close } = await checkOne('vi', expired.certificate.decisionNumber, expired.name);
    try {
      const text = (await item.textContent())!;
      expect(text).toContain(vi.checkExpiredSince(formatDate('vi', state.since)));
      expect(formatDate('vi', state.since)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    } finally {
      await close();
    }
  });

  it('names the revocation and its date when the registry gives one', async () => {
    const state = certificateStateOn(revoked.certificate, asOf);
    const { item, close } = await checkOne('en', revoked.certificate.decisionNumber, revoked.name);
    try {
      expect(await item.textContent()).toContain(t('en').checkRevokedOn(state.state === 'revoked' && state.since ? formatDate('en', state.since) : null));
    } finally {
      await close();
    }
  });

  it('pads the days and months of the dates it shows', async () => {
    expect(validUnpadded, 'the sample should hold a certificate valid until a day or month below 10').toBeDefined();
    const state = certificateStateOn(validUnpadded!.certificate, asOf);
    if (!state.shown) throw new Error('the example should be valid');
    const { item, close } = await checkOne('vi', validUnpadded!.certificate.decisionNumber, validUnpadded!.name);
    try {
      const text = (await item.textContent())!;
      const [y, m, d] = state.validUntil.split('-');
      expect(text).toContain(`${vi.validUntil} ${d}/${m}/${y}`);
      expect(text).not.toMatch(/(^|[^\d])\d\/\d{1,2}\/\d{4}/);
    } finally {
      await close();
    }
  });
});

describe('certificate check in the address', () => {
  it('puts the query in the URL, and a shared URL shows the same result', async () => {
    const { page, item, errors, close } = await checkOne('vi', revoked.certificate.decisionNumber, revoked.name);
    try {
      const shared = new URL(page.url());
      expect(shared.pathname).toBe(routes.check('vi'));
      expect(shared.searchParams.get('code')).toBe(revoked.certificate.decisionNumber);
      const before = await item.textContent();
      const other = await openPage(browser, shared.href);
      try {
        const again = other.page.locator('#check-results li', { hasText: revoked.name });
        await again.waitFor();
        expect(await again.textContent()).toBe(before);
        expect(await other.page.locator('#check-q').inputValue()).toBe(revoked.certificate.decisionNumber);
        expect(other.errors).toEqual([]);
      } finally {
        await other.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Back returns to the previous check', async () => {
    const { page, close } = await checkOne('vi', revoked.certificate.decisionNumber, revoked.name);
    try {
      await page.locator('#check-q').fill(expired.certificate.decisionNumber);
      await page.locator('#check button[type="submit"]').click();
      await page.locator('#check-results li', { hasText: expired.name }).waitFor();
      await page.goBack();
      await page.locator('#check-results li', { hasText: revoked.name }).waitFor();
      expect(await page.locator('#check-q').inputValue()).toBe(revoked.certificate.decisionNumber);
    } finally {
      await close();
    }
  });
});
