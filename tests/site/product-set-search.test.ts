import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PRODUCT_SETS } from '../../src/domain/taxonomy.ts';
import { routes } from '../../src/i18n/routes.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');

function formOf(html: string) {
  const form = /<section class="set-search"[\s\S]*?<\/section>/.exec(html)?.[0];
  return (
    form && {
      action: /<form[^>]*action="([^"]+)"/.exec(form)?.[1],
      hidden: [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`),
    }
  );
}

describe('product-set pages lead trade partners to a filtered search', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`every one of the 26 ${lang} set pages has a form that opens search filtered to that set`, () => {
      for (const set of PRODUCT_SETS) {
        const html = read(path.join(distDir, routes.category(lang, set.key), 'index.html'));
        expect(formOf(html), set.key).toEqual({ action: routes.search(lang), hidden: ['kind=product', `set=${set.key}`] });
      }
    });
  }

  it('a sector page, which spans many sets, has no such form', () => {
    expect(formOf(read(path.join(distDir, routes.category('vi', 'I'), 'index.html')))).toBeUndefined();
  });
});
