import { describe, expect, it } from 'vitest';
import { parseSearchState, serializeSearchState, toggleFilter, EMPTY_STATE } from '../../../src/search/url-state.ts';

describe('the search state in the URL', () => {
  it('round-trips query, repeated filters and sort', () => {
    const url = '?q=mat+ong&province=66&province=52&stars=4&sort=stars';
    const state = parseSearchState(new URLSearchParams(url));
    expect(state).toEqual({ query: 'mat ong', filters: { province: ['52', '66'], stars: ['4'] }, sort: 'stars' });
    expect(parseSearchState(new URLSearchParams(serializeSearchState(state)))).toEqual(state);
  });

  it('writes equal states as equal URLs whatever order the filters were chosen in', () => {
    const a = toggleFilter(toggleFilter(EMPTY_STATE, 'province', '66'), 'province', '52');
    const b = toggleFilter(toggleFilter(EMPTY_STATE, 'province', '52'), 'province', '66');
    expect(serializeSearchState(a)).toBe(serializeSearchState(b));
  });

  it('ignores unknown parameters and sorts', () => {
    expect(parseSearchState(new URLSearchParams('?utm_source=x&sort=price&colour=red'))).toEqual(EMPTY_STATE);
  });

  it('removes a filter when toggled twice and leaves an empty URL for an empty state', () => {
    const state = toggleFilter(toggleFilter(EMPTY_STATE, 'stars', '5'), 'stars', '5');
    expect(state.filters).toEqual({});
    expect(serializeSearchState(state)).toBe('');
  });
});
