import { describe, expect, it } from 'vitest';
import { categoryFromLabel, categoryOf, inferFromName } from '../../../src/domain/categories.ts';
import {
  CATEGORY_KEYS,
  GROUPS,
  PRODUCT_SETS,
  SECTORS,
  categoryByKey,
  categoryLevel,
  groupKeyOf,
  isCategoryKey,
  isWithin,
  sectorKeyOf,
  setKeyOf,
} from '../../../src/domain/taxonomy.ts';

describe('the taxonomy answers what a key is', () => {
  it('resolves a set, a group and a sector to their levels, sector, group and set', () => {
    expect(categoryByKey('I.3.b')).toMatchObject({ key: 'I.3.b', level: 'set', sector: { key: 'I' }, group: { key: 'I.3' }, set: { key: 'I.3.b' } });
    expect(categoryByKey('I.3')).toMatchObject({
      key: 'I.3',
      level: 'group',
      sector: { key: 'I' },
      group: { key: 'I.3' },
      label: { vi: 'Thực phẩm chế biến' },
    });
    expect(categoryByKey('I.3').set).toBeUndefined();
    expect(categoryByKey('II')).toMatchObject({ level: 'sector', label: { vi: 'Đồ uống', en: 'Drinks' } });
    expect([categoryLevel('I.4.a'), categoryLevel('I.4'), categoryLevel('I')]).toEqual(['set', 'group', 'sector']);
    expect([sectorKeyOf('III.2'), groupKeyOf('III.2'), setKeyOf('III.2')]).toEqual(['III', 'III.2', 'III.2']);
    expect([groupKeyOf('V'), setKeyOf('V.1'), setKeyOf('I.5')]).toEqual([undefined, 'V.1', undefined]);
  });

  it('treats the key of a group of one set as that set', () => {
    expect(categoryByKey('I.6')).toMatchObject({ level: 'set', group: { key: 'I.6' }, set: { key: 'I.6', label: { vi: 'Cà phê, ca cao' } } });
  });

  it('lets a product carry every set, and every sector or group that holds several sets', () => {
    for (const set of PRODUCT_SETS) expect(isCategoryKey(set.key), set.key).toBe(true);
    for (const group of GROUPS) expect(isCategoryKey(group.key), group.key).toBe(true);
    for (const sector of SECTORS) expect(isCategoryKey(sector.key), sector.key).toBe(sector.key !== 'VI');
    expect(CATEGORY_KEYS).toHaveLength(26 + 7 + 5);
    expect(isCategoryKey('I.7')).toBe(false);
    expect(() => categoryByKey('I.7')).toThrow(/Unknown OCOP category/);
  });

  it('knows what lies within what', () => {
    expect(isWithin('I.3.b', 'I.3')).toBe(true);
    expect(isWithin('I.3.b', 'I')).toBe(true);
    expect(isWithin('I.3', 'I.3')).toBe(true);
    expect(isWithin('I.3', 'I.3.b')).toBe(false);
    expect(isWithin('I.6', 'II')).toBe(false);
  });
});

describe('a category cell on its own', () => {
  it('maps every current product set label to its key', () => {
    for (const set of PRODUCT_SETS) expect(categoryFromLabel(set.label.vi), set.label.vi).toEqual({ ok: true, key: set.key, level: 'set', legacy: false });
  });

  it('maps every current group label to the group, or to its set when it has one', () => {
    for (const group of GROUPS) {
      const level = group.sets.length > 1 ? 'group' : 'set';
      expect(categoryFromLabel(group.label.vi), group.label.vi).toEqual({ ok: true, key: group.key, level, legacy: false });
    }
  });

  it('maps each QĐ 26/2026 sector label to its sector (VI, of one set, to that set)', () => {
    expect(categoryFromLabel('Thực phẩm')).toEqual({ ok: true, key: 'I', level: 'sector', legacy: false });
    expect(categoryFromLabel('Đồ uống')).toEqual({ ok: true, key: 'II', level: 'sector', legacy: false });
    expect(categoryFromLabel('Dược liệu và sản phẩm từ dược liệu')).toEqual({ ok: true, key: 'III', level: 'sector', legacy: false });
    expect(categoryFromLabel('Thủ công mỹ nghệ')).toEqual({ ok: true, key: 'IV', level: 'sector', legacy: false });
    expect(categoryFromLabel('Sinh vật cảnh')).toEqual({ ok: true, key: 'V', level: 'sector', legacy: false });
    expect(categoryFromLabel('Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch')).toEqual({ ok: true, key: 'VI.1', level: 'set', legacy: false });
  });

  it('maps the QĐ 1048 sector labels as the rules page says, and marks them legacy', () => {
    expect(categoryFromLabel('Thực phẩm')).toMatchObject({ key: 'I' }); // the same words in both decisions
    expect(categoryFromLabel('Đồ uống')).toMatchObject({ key: 'II' });
    expect(categoryFromLabel('Thảo dược')).toEqual({ ok: true, key: 'III', level: 'sector', legacy: true });
    expect(categoryFromLabel('Vải và may mặc')).toEqual({ ok: true, key: 'IV.2', level: 'set', legacy: true });
    expect(categoryFromLabel('Lưu niệm – nội thất – trang trí')).toEqual({ ok: true, key: 'IV.1', level: 'set', legacy: true });
    expect(categoryFromLabel('Dịch vụ du lịch nông thôn, bán hàng')).toEqual({ ok: true, key: 'VI.1', level: 'set', legacy: true });
    expect(categoryFromLabel('Dịch vụ du lịch')).toEqual({ ok: true, key: 'VI.1', level: 'set', legacy: true });
  });

  it('keeps the shorthands that name a set', () => {
    for (const [label, key] of [
      ['Nước mắm', 'I.4.a'],
      ['Cà phê', 'I.6'],
      ['Mật ong', 'I.2.b'],
      ['Rượu', 'II.1.a'],
      ['Thảo dược khác', 'III.3'],
      ['Mỹ phẩm', 'III.2'],
    ]) {
      expect(categoryFromLabel(label!), label).toMatchObject({ ok: true, key, level: 'set', legacy: true });
    }
  });

  it('reads "Chè" as the current group, not as one of its sets', () => {
    expect(categoryFromLabel('Chè')).toEqual({ ok: true, key: 'I.5', level: 'group', legacy: false });
  });

  it('accepts the project keys at every level, and "sector - group - set" chains by their most specific part', () => {
    expect(categoryFromLabel('I.3.b')).toMatchObject({ ok: true, key: 'I.3.b', level: 'set' });
    expect(categoryFromLabel('i.3')).toMatchObject({ ok: true, key: 'I.3', level: 'group' });
    expect(categoryFromLabel('II')).toMatchObject({ ok: true, key: 'II', level: 'sector' });
    expect(categoryFromLabel('VI')).toMatchObject({ ok: true, key: 'VI.1', level: 'set' });
    expect(categoryFromLabel('Thực phẩm chế biến - Chế biến từ gạo, ngũ cốc')).toMatchObject({ ok: true, key: 'I.3.b' });
    expect(categoryFromLabel('Thực phẩm - Thực phẩm chế biến')).toMatchObject({ ok: true, key: 'I.3', level: 'group' });
    expect(categoryFromLabel('Chế biến từ gạo, ngũ cốc - Thực phẩm')).toMatchObject({ ok: true, key: 'I.3.b' });
  });

  it('ignores case, diacritics and punctuation', () => {
    expect(categoryFromLabel('ca phe ca cao')).toMatchObject({ ok: true, key: 'I.6' });
    expect(categoryFromLabel('THỰC PHẨM')).toMatchObject({ ok: true, key: 'I' });
  });

  it('reports an unknown label instead of guessing', () => {
    const match = categoryFromLabel('Đồ điện gia dụng');
    expect(match.ok).toBe(false);
    if (!match.ok) expect(match.reason).toMatch(/^unknown category "Đồ điện gia dụng"/);
  });
});

describe('a category cell and the product name', () => {
  it('keeps a cell that names a set, whatever the name says', () => {
    expect(categoryOf('Chè tươi, chè chế biến', 'Cà phê bột Cầu Đất')).toEqual({ ok: true, key: 'I.5.a', level: 'set', legacy: false });
  });

  it('places a sector-only product in the set a clear keyword names, with a note for the report', () => {
    const match = categoryOf('Thực phẩm', 'Cà phê bột Cầu Đất');
    expect(match).toMatchObject({ ok: true, key: 'I.6', level: 'set', inferred: { from: 'name', keyword: 'cà phê' } });
    if (match.ok)
      expect(match.note).toBe(
        'category "Thực phẩm" names only the sector I (Thực phẩm); product set I.6 (Cà phê, ca cao) read from "cà phê" in the product name',
      );
  });

  it('follows QĐ 26/2026 for coffee filed under "Đồ uống": I.6, and the note says why', () => {
    const match = categoryOf('Đồ uống', 'Cà phê Robusta Hoa Linh Coffee');
    expect(match).toMatchObject({ ok: true, key: 'I.6', level: 'set', inferred: { from: 'sector-rule', keyword: 'cà phê' } });
    if (match.ok) expect(match.note).toMatch(/QĐ 26\/2026 classes coffee and cocoa as Thực phẩm \(I\.6\)/);
    expect(categoryOf('Đồ uống', 'Bột Ca cao nguyên chất Cát Tiên')).toMatchObject({ key: 'I.6', inferred: { from: 'sector-rule', keyword: 'ca cao' } });
    expect(categoryOf('Đồ uống không cồn', 'Cà phê hòa tan')).toMatchObject({ key: 'I.6', inferred: { from: 'sector-rule' } });
  });

  it('follows QĐ 26/2026 for tea filed under "Đồ uống": the set when the name says which tea, else the group I.5', () => {
    expect(categoryOf('Đồ uống', 'Trà Olong Tam Dương')).toMatchObject({ key: 'I.5.a', inferred: { from: 'sector-rule', keyword: 'trà' } });
    expect(categoryOf('Đồ uống', 'Trà túi lọc atiso Đà Lạt')).toMatchObject({ key: 'I.5.b', inferred: { from: 'sector-rule' } });
    expect(categoryOf('Đồ uống', 'Trà Bảo Lộc')).toMatchObject({ key: 'I.5', level: 'group', inferred: { from: 'sector-rule' } });
  });

  it('tells tea from herbal tea by the words after "chè" or "trà"', () => {
    expect(categoryOf('Thực phẩm', 'Chè Shan tuyết Mộc Châu')).toMatchObject({ key: 'I.5.a' });
    expect(categoryOf('Thực phẩm', 'Trà xanh Thái Nguyên')).toMatchObject({ key: 'I.5.a' });
    expect(categoryOf('Thực phẩm', 'Trà hoa vàng Chí Linh')).toMatchObject({ key: 'I.5.b' });
    expect(categoryOf('Chè', 'Trà cà gai leo Cam Lộ')).toMatchObject({ key: 'I.5.b', inferred: { from: 'name' } });
    // "đinh lăng" is a herb, although "đinh" alone is a tea grade: the longer words win.
    expect(categoryOf('Chè', 'Trà đinh lăng')).toMatchObject({ key: 'I.5.b' });
  });

  it('stays at the group when the name points to two sets, and says so', () => {
    const match = categoryOf('Thực phẩm', 'Chè xanh atiso');
    expect(match).toMatchObject({ key: 'I.5', level: 'group', inferred: { from: 'name', keyword: 'chè' } });
    if (match.ok) expect(match.note).toMatch(/several product sets \(I\.5\.a from "xanh", I\.5\.b from "atiso"\)/);
    const inGroup = categoryOf('Chè', 'Chè xanh atiso');
    expect(inGroup).toMatchObject({ key: 'I.5', level: 'group' });
    expect(inGroup.ok && inGroup.inferred).toBeUndefined();
    if (inGroup.ok) expect(inGroup.note).toMatch(/several product sets.*published under I\.5, not yet in a product set/);
  });

  it('does not take the dessert "chè" for tea', () => {
    expect(categoryOf('Thực phẩm', 'Chè đậu đen')).toMatchObject({ key: 'I', level: 'sector' });
    expect(categoryOf('Thực phẩm', 'Chè lam Thạch Xá')).toMatchObject({ key: 'I' });
    expect(categoryOf('Thực phẩm', 'Trà đậu đen rang')).toMatchObject({ key: 'I.5.b' });
  });

  it('reads the kind of product from the words the name opens with, not from words further on', () => {
    expect(categoryOf('Thực phẩm', 'Mật ong hoa cà phê Đắk Lắk')).toMatchObject({ key: 'I.2.b' });
    expect(categoryOf('Thực phẩm', 'Kẹo cà phê')).toMatchObject({ key: 'I', level: 'sector' });
    expect(categoryOf('Thực phẩm', 'Thịt bò sấy ăn liền vị cà phê')).toMatchObject({ key: 'I' });
    expect(categoryOf('Thực phẩm', 'Cá kho tiêu')).toMatchObject({ key: 'I' });
    expect(categoryOf('Thực phẩm', 'Cơm cháy chiên nước mắm')).toMatchObject({ key: 'I' });
    expect(categoryOf('Thực phẩm', 'Hạt tiêu đen Chư Sê')).toMatchObject({ key: 'I.4.b', inferred: { keyword: 'tiêu' } });
  });

  it('matches whole words only, with their diacritics when the keyword is one word', () => {
    expect(categoryOf('Đồ uống', 'Rượu ngô men lá')).toMatchObject({ key: 'II.1.a' });
    expect(categoryOf('Đồ uống', 'Rượuvang')).toMatchObject({ key: 'II' });
    expect(categoryOf('Thực phẩm', 'Chế phẩm men vi sinh')).toMatchObject({ key: 'I' }); // chế is not chè
    expect(categoryOf('Thực phẩm', 'Mười hai loại hạt')).toMatchObject({ key: 'I' }); // mười is not muối
    expect(categoryOf('Thực phẩm', 'Tối ưu dinh dưỡng')).toMatchObject({ key: 'I' }); // tối is not tỏi
    expect(categoryOf('Thực phẩm', 'CHÈ SHAN TUYẾT')).toMatchObject({ key: 'I.5.a' });
    expect(categoryOf('Thực phẩm', 'ca phe bot nguyen chat')).toMatchObject({ key: 'I.6' }); // a phrase matches folded
  });

  it('reads a spirit as white only when the name says so, and a plain "Rượu <place>" as the group', () => {
    expect(categoryOf('Đồ uống', 'Rượu Bàu Đá Tuy Phước')).toMatchObject({ key: 'II.1', level: 'group', inferred: { keyword: 'rượu' } });
    expect(categoryOf('Đồ uống', 'Rượu sim Phú Quốc')).toMatchObject({ key: 'II.1.b' });
    expect(categoryOf('Đồ uống', 'Rượu vang thanh long')).toMatchObject({ key: 'II.1.b' });
    expect(categoryOf('Đồ uống', 'Rượu nếp than Long Chữ')).toMatchObject({ key: 'II.1.b' });
    expect(categoryOf('Đồ uống', 'Rượu nếp Phú Lộc')).toMatchObject({ key: 'II.1.a' });
    expect(categoryOf('Đồ uống', 'Rượu đế thanh long')).toMatchObject({ key: 'II.1', level: 'group' });
  });

  it('places within the group the cell names, and never outside it', () => {
    expect(categoryOf('Gia vị', 'Muối tôm Tây Ninh')).toMatchObject({ key: 'I.4.b' });
    expect(categoryOf('Gia vị', 'Tương ớt Mường Khương')).toMatchObject({ key: 'I.4.a' });
    expect(categoryOf('Thực phẩm chế biến', 'Bánh tráng phơi sương Trảng Bàng')).toMatchObject({ key: 'I.3.b' });
    const outside = categoryOf('Thực phẩm chế biến', 'Gạo lứt');
    expect(outside).toMatchObject({ key: 'I.3', level: 'group' });
    if (outside.ok) expect(outside.note).toMatch(/reads as I\.2\.a .*outside Thực phẩm chế biến; not used/);
    const drinkUnderFood = categoryOf('Thực phẩm', 'Rượu Bàu Đá');
    expect(drinkUnderFood).toMatchObject({ key: 'I', level: 'sector' });
    expect(drinkUnderFood.ok && drinkUnderFood.inferred).toBeUndefined();
  });

  it('places the products of the other sectors within them', () => {
    expect(categoryOf('Thảo dược', 'Tinh dầu tràm Hải Lăng')).toMatchObject({ key: 'III.3', legacy: true, inferred: { from: 'name', keyword: 'tinh dầu' } });
    expect(categoryOf('Thảo dược', 'Trà túi lọc atiso')).toMatchObject({ key: 'I.5.b', inferred: { from: 'sector-rule' } });
    expect(categoryOf('Thảo dược', 'Nấm linh chi đỏ')).toMatchObject({ key: 'III', level: 'sector', legacy: true });
    expect(categoryOf('Thủ công mỹ nghệ', 'Khăn thổ cẩm Dao đỏ')).toMatchObject({ key: 'IV.2' });
    expect(categoryOf('Thủ công mỹ nghệ', 'Gốm sứ gia dụng Tuhu')).toMatchObject({ key: 'IV.1' });
    expect(categoryOf('Thủ công mỹ nghệ', 'Bình gốm men rạn')).toMatchObject({ key: 'IV', level: 'sector' });
    expect(categoryOf('Sinh vật cảnh', 'Cá chép Koi')).toMatchObject({ key: 'V.3' });
    expect(categoryOf('Sinh vật cảnh', 'Hoa lan kiếm')).toMatchObject({ key: 'V.1' });
  });

  it('uses a word that is food in one sector and a craft in another only within the sector the cell names', () => {
    expect(categoryOf('Thực phẩm', 'Vải thiều Thanh Hà')).toMatchObject({ key: 'I' });
    expect(categoryOf('Thủ công mỹ nghệ', 'Vải lanh dệt tay')).toMatchObject({ key: 'IV.2' });
    expect(categoryOf('Thực phẩm', 'Kem thanh long')).toMatchObject({ key: 'I' });
  });

  it('leaves a product at its sector when no keyword decides, with a note', () => {
    const match = categoryOf('Thực phẩm', 'Bánh quy bơ Đà Lạt');
    expect(match).toEqual({
      ok: true,
      key: 'I',
      level: 'sector',
      legacy: false,
      note: 'category "Thực phẩm" names only the sector I (Thực phẩm); published under I, not yet in a product set',
    });
    expect(categoryOf('Thực phẩm chế biến', 'Bột gia vị phô mai')).toMatchObject({
      key: 'I.3',
      level: 'group',
      note: expect.stringMatching(/names the group I\.3/),
    });
  });

  it('reads an empty cell from the name only when a decisive keyword opens it', () => {
    expect(categoryOf('', 'Cà phê Arabica Cầu Đất')).toMatchObject({
      ok: true,
      key: 'I.6',
      inferred: { from: 'name' },
      note: expect.stringMatching(/^no category given; product set I\.6/),
    });
    expect(categoryOf('', 'Kem dừa')).toEqual({ ok: false, reason: 'no category given' });
    expect(categoryOf('', 'Bánh quy bơ')).toEqual({ ok: false, reason: 'no category given' });
  });

  it('gives no note when the cell already names the set', () => {
    const match = categoryOf('Cà phê, ca cao', 'Cà phê bột');
    expect(match.ok && match.note).toBeUndefined();
  });
});

describe('the keyword table', () => {
  it('reads nothing from a name with no keyword, within any sector', () => {
    for (const sector of SECTORS) expect(inferFromName(sector.key, 'Sản phẩm mới')).toBeUndefined();
  });
});
