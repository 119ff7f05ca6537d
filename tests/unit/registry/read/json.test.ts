import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/registry/errors.ts';
import { firstTooDeep, readJsonSheet } from '../../../../src/registry/read/json.ts';

describe('readJsonSheet', () => {
  it('makes the keys row 1 and each object a row from row 2, blank objects omitted', () => {
    const text = JSON.stringify([{ 'Tên SP': 'Chè', 'Số sao': 4 }, {}, { 'Tên SP': 'Gạo', Tỉnh: 'Điện Biên' }]);
    expect(readJsonSheet(text, 'x', 'x.json')).toEqual({
      name: 'x',
      rows: [
        { row: 1, cells: ['Tên SP', 'Số sao', 'Tỉnh'] },
        { row: 2, cells: ['Chè', '4', ''] },
        { row: 4, cells: ['Gạo', '', 'Điện Biên'] },
      ],
    });
  });

  it('reads the list under rows, products, data or items', () => {
    for (const key of ['rows', 'products', 'data', 'items']) {
      const sheet = readJsonSheet(JSON.stringify({ exported: '2025-01-01', [key]: [{ a: 1 }] }), 'x', 'x.json');
      expect(sheet.rows, key).toEqual([
        { row: 1, cells: ['a'] },
        { row: 2, cells: ['1'] },
      ]);
    }
  });

  it('writes objects as their JSON text and joins lists with semicolons', () => {
    const text = JSON.stringify([{ links: ['https://a.vn', 'https://b.vn'], geo: { lat: 21.1 }, none: null }]);
    expect(readJsonSheet(text, 'x', 'x.json').rows[1]!.cells).toEqual(['https://a.vn; https://b.vn', '{"lat":21.1}', '']);
  });

  it('refuses 100,000 nested lists in plain words before parsing', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    let error: unknown;
    try {
      readJsonSheet(text, 'x', 'deep.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      '"deep.json" nests lists or objects more than 64 levels deep (at character 65): an export is a list of rows, each a flat object',
    );
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(firstTooDeep(JSON.stringify([{ a: `[[[[[[\\"[[[[${'{'.repeat(100)}` }]), 3)).toBeNull();
    expect(firstTooDeep('[[{"a":"]]]"}]]', 2)).toBe(2);
  });

  it('refuses invalid JSON and a file without a list, naming the file', () => {
    expect(() => readJsonSheet('{"rows": [', 'x', 'x.json')).toThrow(/^"x\.json" is not valid JSON: /);
    expect(() => readJsonSheet('{"count": 3}', 'x', 'x.json')).toThrow(
      '"x.json" holds no list of products (expected an array of objects, or { "rows": [...] })',
    );
  });
});
