import { describe, expect, it } from 'vitest';
import { addToList } from '../../../src/domain/lists-by-key.ts';

describe('lists by key', () => {
  it('starts a list for a new key and adds at the end of an existing one, keeping the same list', () => {
    const lists = new Map<string, number[]>();
    addToList(lists, 'a', 1);
    const first = lists.get('a');
    addToList(lists, 'a', 2);
    addToList(lists, 'b', 3);
    expect([...lists]).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
    expect(lists.get('a')).toBe(first);
  });
});
