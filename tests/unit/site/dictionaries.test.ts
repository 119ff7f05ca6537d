import { describe, expect, it } from 'vitest';
import { vi } from '../../../src/i18n/vi.ts';
import { en } from '../../../src/i18n/en.ts';

function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, value]];
}

describe('interface dictionaries', () => {
  it('English has exactly the Vietnamese keys, nested ones included', () => {
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(vi).map(([k]) => k).sort());
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

  it('star counts read as words for screen readers in both languages', () => {
    expect(vi.stars(4)).toBe('4 sao');
    expect(en.stars(4)).toBe('4 stars');
  });
});
