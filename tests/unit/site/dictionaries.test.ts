import { describe, expect, it } from 'vitest';
import { vi } from '../../../src/i18n/vi/index.ts';
import { site as viSite } from '../../../src/i18n/vi/site.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { SEARCH_STRINGS } from '../../../src/i18n/islands/search.ts';
import { MAP_STRINGS } from '../../../src/i18n/islands/map.ts';
import { LANGS, t } from '../../../src/i18n/index.ts';
import { SEARCH_KINDS } from '../../../src/search/kinds.ts';
import { MAP_KINDS } from '../../../src/map/map-points.ts';

function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, value]];
}

describe('interface dictionaries', () => {
  it('English has exactly the Vietnamese keys, nested ones and namespaces included', () => {
    expect(
      leaves(en)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      leaves(vi)
        .map(([k]) => k)
        .sort(),
    );
  });

  it('no string is empty and every function takes the same arguments in both languages', () => {
    const enLeaves = new Map(leaves(en));
    for (const [key, value] of leaves(vi)) {
      const other = enLeaves.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'string') expect((other as string).trim(), key).not.toBe('');
      if (typeof value === 'function') expect((other as (...a: unknown[]) => string).length, key).toBe(value.length);
    }
  });

  it('the site’s words stay at the root, and no namespace hides one of them', () => {
    for (const [key, value] of Object.entries(viSite)) expect(vi[key as keyof typeof vi], key).toBe(value);
    expect(t('vi').siteName).toBe('Danh mục OCOP Việt Nam');
    expect(t('en').siteName).toBe('Vietnam OCOP Catalogue');
  });

  it('the islands read the same namespaces as the pages, not copies', () => {
    for (const lang of LANGS) {
      expect(SEARCH_STRINGS[lang]).toBe(t(lang).search);
      const { kind, ...mapWords } = MAP_STRINGS[lang];
      expect(mapWords).toEqual(t(lang).map);
      expect(kind).toBe(t(lang).kinds.place);
    }
  });

  it('every kind of page the search returns and every kind of place on the map is named, and nothing else', () => {
    for (const lang of LANGS) {
      const { kinds } = t(lang);
      expect(Object.keys(kinds.pages)).toEqual([...SEARCH_KINDS]);
      expect(Object.keys(kinds.places)).toEqual([...MAP_KINDS]);
      expect(Object.keys(kinds.place)).toEqual([...MAP_KINDS]);
    }
  });

  it('star counts read as words for screen readers in both languages', () => {
    expect(vi.stars(4)).toBe('4 sao');
    expect(en.stars(4)).toBe('4 stars');
  });
});
