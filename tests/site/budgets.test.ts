/**
 * Page-weight budgets on the built sample site (src/budgets/budgets.ts): the
 * same check as `npm run check:budgets`, run where CI builds the site.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkBudgets, type BudgetBreach, type BudgetReport } from '../../src/budgets/check-dist.ts';

const distDir = inject('distDir');
let report: BudgetReport;

function breaches(predicate: (breach: BudgetBreach) => boolean): string[] {
  return report.breaches.filter(predicate).map((breach) => `${breach.page} ${breach.rule} ${breach.actual}/${breach.limit} ${breach.detail ?? ''}`);
}

describe('page-weight budgets of the built sample site', () => {
  beforeAll(async () => {
    report = await checkBudgets(distDir);
  });

  it('measures every template: home, catalogue, product, producer, story, event, point, province, search and map pages', () => {
    for (const kind of ['home', 'catalogue', 'product', 'producer', 'story', 'event', 'point', 'province', 'search', 'map'] as const) {
      expect(report.byKind[kind]?.pages ?? 0, kind).toBeGreaterThan(0);
    }
    expect(report.search.map((figures) => figures.lang)).toEqual(['en', 'vi']);
  });

  it('keeps every product page under 30 KB of compressed HTML and CSS, with no JavaScript of its own', () => {
    expect(breaches((breach) => breach.kind === 'product')).toEqual([]);
  });

  it('keeps home and catalogue pages under 60 KB compressed, and catalogue pages free of JavaScript', () => {
    expect(breaches((breach) => breach.kind === 'home' || breach.kind === 'catalogue')).toEqual([]);
  });

  it('puts no JavaScript of their own on story, province, producer, event and point pages, only the small enhancements', () => {
    expect(breaches((breach) => ['story', 'province', 'producer', 'event', 'point'].includes(breach.kind))).toEqual([]);
  });

  it('keeps the map page JavaScript and the first search within their budgets', () => {
    expect(breaches((breach) => breach.kind === 'map' || breach.kind === 'search')).toEqual([]);
  });
});
