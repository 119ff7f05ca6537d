/**
 * Which column holds what. Headers are typed by people ("Tên SP", "Số QĐ",
 * "Tỉnh/TP", "SĐT liên hệ", "Phân loại", "Chủ thể sản xuất"), so they are compared
 * folded (no case, diacritics, punctuation or extra spaces) with the usual
 * abbreviations spelled out. Only the columns listed here are read; every other
 * column (ID-card numbers, personal phones, internal notes) is ignored and can
 * never reach the public output.
 *
 * The aliases were collected from provinces' published OCOP lists and decision
 * annexes (docs/registry-format.md, "What offices send", names the sources).
 */
import { matchKey } from '../domain/text.ts';

/**
 * `column`: the file is refused without a column for it (a product row is nothing
 * without its name and producer). `row`: every product row needs a value, but it
 * may come from elsewhere than a column: a section heading above the rows, the
 * annex's title line, a command-line option or, for the province, the address.
 */
export type Requirement = 'column' | 'row' | 'optional';

interface FieldSpec {
  required: Requirement;
  /** The header the report uses when the export has no column for the field. */
  label: string;
  /** Folded headers (see `headerKey`) that name the field. */
  aliases: readonly string[];
}

export const FIELDS = {
  name: {
    required: 'column',
    label: 'Tên sản phẩm',
    aliases: [
      'ten san pham',
      'san pham',
      'ten',
      'ten san pham ocop',
      'san pham ocop',
      'ten goi san pham',
      'ten thuong mai',
      'ten thuong mai san pham',
      'product name',
      'product',
      'name',
    ],
  },
  /**
   * The product's name in English, when the registry keeps one. Any header that
   * marks a name column as English counts ("Tên sản phẩm (tiếng Anh)", "English
   * name", "Tên tiếng Anh của sản phẩm"): see `englishField` below.
   */
  nameEn: {
    required: 'optional',
    label: 'Tên tiếng Anh',
    aliases: ['ten tieng anh', 'ten san pham tieng anh', 'ten tieng anh cua san pham', 'english name', 'product name in english'],
  },
  producer: {
    required: 'column',
    label: 'Tên chủ thể',
    aliases: [
      'ten chu the',
      'chu the',
      'chu the ocop',
      'ten chu the ocop',
      'chu the san xuat',
      'ten chu the san xuat',
      'chu the san pham',
      'chu the kinh doanh',
      'don vi san xuat',
      'co so san xuat',
      'ten co so san xuat',
      'ten don vi',
      'don vi',
      'ten doanh nghiep hop tac xa',
      'ten to chuc ca nhan',
      'to chuc ca nhan',
      'chu san pham',
      'producer',
      'producer name',
      'holder',
    ],
  },
  stars: {
    required: 'row',
    label: 'Hạng sao',
    aliases: [
      'hang sao',
      'so sao',
      'sao',
      'xep hang',
      'hang',
      'so sao dat',
      'hang sao dat',
      'hang sao ocop',
      'xep hang sao',
      'phan hang',
      'ket qua phan hang',
      'ket qua xep hang',
      'hang dat',
      'dat hang',
      'stars',
      'star rating',
      'rating',
    ],
  },
  decisionNumber: {
    required: 'row',
    label: 'Số quyết định',
    aliases: [
      'so quyet dinh',
      'quyet dinh',
      'so quyet dinh cong nhan',
      'quyet dinh cong nhan',
      'so ngay quyet dinh',
      'so ngay quyet dinh cong nhan',
      'quyet dinh so ngay',
      'so va ngay quyet dinh',
      'so ngay ban hanh quyet dinh',
      'quyet dinh phe duyet',
      'decision number',
      'decision no',
      'decision',
    ],
  },
  decisionDate: {
    required: 'row',
    label: 'Ngày quyết định',
    aliases: [
      'ngay quyet dinh',
      'ngay cap',
      'ngay cong nhan',
      'ngay ky',
      'ngay ky quyet dinh',
      'ngay ban hanh',
      'ngay ban hanh quyet dinh',
      'ngay cap chung nhan',
      'ngay cap giay chung nhan',
      'thoi gian cong nhan',
      'decision date',
      'date of decision',
      'issued on',
    ],
  },
  category: {
    required: 'row',
    label: 'Ngành / Nhóm / Bộ sản phẩm',
    aliases: [
      'nganh',
      'nhom',
      'bo san pham',
      'nhom san pham',
      'nganh hang',
      'nganh san pham',
      'phan nhom',
      'bo',
      'loai san pham',
      'phan loai',
      'phan loai san pham',
      'nhom nganh',
      'nganh nhom',
      'nganh nhom san pham',
      'nhom nganh hang',
      'nhom bo san pham',
      'bo nhom san pham',
      'linh vuc',
      'category',
      'product category',
      'product set',
      'group',
    ],
  },
  province: {
    required: 'row',
    label: 'Tỉnh / Thành phố',
    aliases: ['tinh', 'thanh pho', 'tinh thanh pho', 'tinh thanh', 'tinh thanh pho truc thuoc trung uong', 'dia phuong', 'province', 'province city'],
  },
  code: {
    required: 'optional',
    label: 'Mã sản phẩm',
    aliases: ['ma san pham', 'ma', 'ma ocop', 'ma so', 'ma so san pham', 'ma san pham ocop', 'ma ho so', 'product code', 'code'],
  },
  producerType: {
    required: 'optional',
    label: 'Loại hình chủ thể',
    aliases: [
      'loai hinh chu the',
      'loai hinh',
      'loai chu the',
      'hinh thuc to chuc',
      'loai hinh to chuc',
      'loai hinh doanh nghiep',
      'producer type',
      'type of producer',
      'legal form',
    ],
  },
  score: {
    required: 'optional',
    label: 'Điểm',
    aliases: ['diem', 'tong diem', 'diem danh gia', 'so diem', 'diem dat', 'diem so', 'ket qua cham diem', 'score', 'points'],
  },
  expiresOn: {
    required: 'optional',
    label: 'Ngày hết hạn',
    aliases: [
      'ngay het han',
      'het han',
      'hieu luc den',
      'co hieu luc den',
      'thoi han',
      'thoi han hieu luc',
      'han chung nhan',
      'gia tri den',
      'expiry date',
      'expires',
      'expiry',
      'valid until',
    ],
  },
  issuer: {
    required: 'optional',
    label: 'Cơ quan công nhận',
    aliases: ['co quan cong nhan', 'cap cong nhan', 'don vi cong nhan', 'co quan cap', 'co quan ban hanh', 'cap danh gia', 'issuer', 'issued by'],
  },
  status: { required: 'optional', label: 'Trạng thái', aliases: ['trang thai', 'tinh trang', 'trang thai chung nhan', 'tinh trang chung nhan', 'status'] },
  revokedOn: { required: 'optional', label: 'Ngày thu hồi', aliases: ['ngay thu hoi', 'thu hoi ngay', 'revocation date', 'revoked on'] },
  /** Why a certificate was revoked, as the revocation decision says it; published with the revocation. */
  revocationReason: {
    required: 'optional',
    label: 'Lý do thu hồi',
    aliases: ['ly do thu hoi', 'ly do thu hoi chung nhan', 'can cu thu hoi', 'revocation reason', 'reason for revocation', 'reason revoked'],
  },
  district: {
    required: 'optional',
    label: 'Huyện / Quận',
    aliases: ['huyen', 'quan', 'huyen quan', 'quan huyen', 'huyen thi xa thanh pho', 'huyen thi xa', 'huyen thanh pho', 'district'],
  },
  commune: {
    required: 'optional',
    label: 'Xã / Phường',
    aliases: ['xa', 'phuong', 'xa phuong', 'phuong xa', 'xa phuong thi tran', 'xa thi tran', 'commune', 'ward', 'commune ward'],
  },
  street: {
    required: 'optional',
    label: 'Địa chỉ',
    aliases: [
      'dia chi',
      'dia chi chi tiet',
      'dia chi san xuat',
      'dia chi chu the',
      'dia chi tru so',
      'dia chi co so',
      'dia chi co so san xuat',
      'dia chi lien he',
      'dia chi chu the san xuat',
      'noi san xuat',
      'so nha duong',
      'address',
      'street',
      'street address',
    ],
  },
  lat: { required: 'optional', label: 'Vĩ độ', aliases: ['vi do', 'lat', 'latitude'] },
  lon: { required: 'optional', label: 'Kinh độ', aliases: ['kinh do', 'lon', 'lng', 'long', 'longitude'] },
  description: {
    required: 'optional',
    label: 'Mô tả',
    aliases: ['mo ta', 'mo ta san pham', 'gioi thieu', 'gioi thieu san pham', 'thong tin san pham', 'description'],
  },
  /** The description in English; as with `nameEn`, any description header marked as English. */
  descriptionEn: {
    required: 'optional',
    label: 'Mô tả tiếng Anh',
    aliases: ['mo ta tieng anh', 'mo ta san pham tieng anh', 'gioi thieu tieng anh', 'english description', 'description in english'],
  },
  image: { required: 'optional', label: 'Ảnh', aliases: ['anh', 'hinh anh', 'anh san pham', 'hinh', 'hinh anh san pham', 'image', 'photo', 'picture'] },
  website: { required: 'optional', label: 'Website', aliases: ['website', 'trang web', 'web', 'site', 'trang thong tin dien tu'] },
  ecommerce: {
    required: 'optional',
    label: 'Sàn thương mại điện tử',
    aliases: [
      'thuong mai dien tu',
      'link thuong mai dien tu',
      'san thuong mai dien tu',
      'gian hang thuong mai dien tu',
      'link ban hang',
      'e commerce',
      'ecommerce',
      'online shops',
      'shops',
    ],
  },
  traceabilityUrl: {
    required: 'optional',
    label: 'Truy xuất nguồn gốc',
    aliases: ['truy xuat nguon goc', 'truy xuat', 'link truy xuat', 'ma truy xuat', 'traceability', 'traceability link', 'traceability url'],
  },
  standards: {
    required: 'optional',
    label: 'Tiêu chuẩn',
    aliases: ['tieu chuan', 'tieu chuan chat luong', 'chung nhan chat luong', 'chung nhan', 'quality standards', 'standards', 'certifications'],
  },
  phone: {
    required: 'optional',
    label: 'SĐT liên hệ',
    aliases: ['so dien thoai lien he', 'so dien thoai', 'dien thoai', 'dien thoai lien he', 'phone', 'contact phone', 'telephone'],
  },
  email: { required: 'optional', label: 'Email', aliases: ['email', 'e mail', 'thu dien tu', 'contact email'] },
  publicContact: {
    required: 'optional',
    label: 'Công khai liên hệ',
    aliases: ['cong khai lien he', 'cong khai thong tin lien he', 'cho phep cong khai', 'public contact', 'publish contact', 'contact public'],
  },
} as const satisfies Record<string, FieldSpec>;

export type Field = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];
/** Fields a product row cannot do without, wherever the value comes from. */
export const REQUIRED_FIELDS = FIELD_NAMES.filter((field) => FIELDS[field].required !== 'optional');

// Abbreviations spelled out word by word, after folding.
const ABBREVIATIONS: Record<string, string> = {
  qd: 'quyet dinh',
  sp: 'san pham',
  tp: 'thanh pho',
  sdt: 'so dien thoai',
  dt: 'dien thoai',
  htx: 'hop tac xa',
  tmdt: 'thuong mai dien tu',
  ttxh: 'truy xuat',
  txng: 'truy xuat nguon goc',
  dn: 'doanh nghiep',
  cs: 'co so',
};

/** The comparable form of a header: folded, abbreviations spelled out. */
export function headerKey(header: string): string {
  return matchKey(header)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

const fieldByKey = new Map<string, Field>();
for (const field of FIELD_NAMES) for (const alias of FIELDS[field].aliases) fieldByKey.set(alias, field);

/**
 * Column headers under a merged group title, which mean nothing alone: "Số" and
 * "Ngày" under "Quyết định công nhận", "Điểm" and "Hạng sao" under "Kết quả đánh
 * giá", "Tên" and "Địa chỉ" under "Chủ thể". The group decides what they are.
 */
const GROUPED: Array<{ group: RegExp; parts: Record<string, Field> }> = [
  {
    group: /\bquyet dinh\b|\bcong nhan\b/,
    parts: {
      so: 'decisionNumber',
      'so hieu': 'decisionNumber',
      'ky hieu': 'decisionNumber',
      ngay: 'decisionDate',
      'ngay ky': 'decisionDate',
      'ngay ban hanh': 'decisionDate',
      'thoi gian': 'decisionDate',
      'co quan': 'issuer',
      cap: 'issuer',
    },
  },
  {
    group: /\bket qua\b|\bdanh gia\b|\bphan hang\b|\bxep hang\b/,
    parts: { diem: 'score', 'so diem': 'score', 'tong diem': 'score', 'hang sao': 'stars', sao: 'stars', hang: 'stars', 'xep hang': 'stars' },
  },
  {
    group: /\bchu the\b|\bco so\b|\bdon vi\b/,
    parts: { ten: 'producer', 'loai hinh': 'producerType', 'dia chi': 'street', 'dien thoai': 'phone', 'so dien thoai': 'phone', email: 'email' },
  },
  {
    group: /\bsan pham\b/,
    parts: { ten: 'name', ma: 'code', 'ma so': 'code', nhom: 'category', nganh: 'category', 'phan loai': 'category', 'bo san pham': 'category' },
  },
  {
    group: /\bdia chi\b|\bdia ban\b/,
    parts: {
      thon: 'street',
      'thon xom': 'street',
      'so nha': 'street',
      xa: 'commune',
      'xa phuong': 'commune',
      phuong: 'commune',
      huyen: 'district',
      'huyen thi xa': 'district',
      tinh: 'province',
    },
  },
  { group: /\bhieu luc\b|\bthoi han\b/, parts: { den: 'expiresOn', 'den ngay': 'expiresOn' } },
];

/** Words that mark a column as English: "tiếng Anh", "bằng tiếng Anh", "English", "EN". */
const ENGLISH_MARK = /\b(?:bang )?(?:tieng anh|english|eng|en)\b/g;
/** The English twin of a field whose text may come in English too. */
const ENGLISH_OF: Partial<Record<Field, Field>> = { name: 'nameEn', description: 'descriptionEn' };

/**
 * The field of a header marked as English: the English twin of the field the rest
 * of the header names ("Tên sản phẩm (tiếng Anh)" → nameEn), else null. Never the
 * Vietnamese field itself: English text must not land in the Vietnamese name,
 * which a bracket note dropped would otherwise give ("Tên sản phẩm (English)").
 * Undefined when the header says nothing of English.
 */
function englishField(key: string): Field | null | undefined {
  if (!key.match(ENGLISH_MARK)) return undefined;
  const rest = key
    .replace(ENGLISH_MARK, ' ')
    .replace(/\b(?:cua|in|bang)\b/g, ' ') // "Tên tiếng Anh của sản phẩm", "Name in English"
    .replace(/\s+/g, ' ')
    .trim();
  const field = fieldByKey.get(rest);
  return (field && ENGLISH_OF[field]) ?? null;
}

/** The field a header names, or null. A trailing "(…)" note or "*" does not change it, unless it says English. */
export function fieldOfHeader(header: string): Field | null {
  const key = headerKey(header);
  const english = englishField(key);
  if (english !== undefined) return english;
  return fieldByKey.get(key) ?? fieldByKey.get(headerKey(header.replace(/\([^)]*\)/g, ' '))) ?? null;
}

/** The field a column headed by a group title over a sub-header names, or null. */
export function fieldOfHeaderPair(group: string, header: string): Field | null {
  // "Tên (tiếng Anh)" under "Sản phẩm": the English twin, never the Vietnamese field.
  if (englishField(headerKey(header)) !== undefined) return fieldOfHeader(header) ?? (group ? fieldOfHeader(`${group} ${header}`) : null);
  const groupKey = headerKey(group);
  const partKey = headerKey(header.replace(/\([^)]*\)/g, ' '));
  if (groupKey) {
    for (const rule of GROUPED) if (rule.group.test(groupKey) && rule.parts[partKey]) return rule.parts[partKey];
  }
  return fieldOfHeader(header) ?? (groupKey ? fieldOfHeader(`${group} ${header}`) : null);
}

/** An office's own names for its columns (`--columns FILE`): header as written → field, or null to ignore it. */
export type ColumnOverrides = ReadonlyMap<string, Field | null>;

/** Reads the JSON of `--columns`: `{ "Tên hàng": "name", "Ghi chú": null }`; each problem in plain words. */
export function parseColumnOverrides(json: unknown): { overrides: Map<string, Field | null>; problems: string[] } {
  const overrides = new Map<string, Field | null>();
  const problems: string[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { overrides, problems: ['expected a JSON object: { "header as written": "field", … }'] };
  }
  for (const [header, field] of Object.entries(json as Record<string, unknown>)) {
    if (field === null || field === 'ignore') overrides.set(headerKey(header), null);
    else if (typeof field === 'string' && (FIELD_NAMES as string[]).includes(field)) overrides.set(headerKey(header), field as Field);
    else problems.push(`"${header}": ${JSON.stringify(field)} is not a field; the fields are ${FIELD_NAMES.join(', ')} (or null to ignore the column)`);
  }
  return { overrides, problems };
}

export interface ColumnMap {
  /** Column index of each field found. */
  columns: Partial<Record<Field, number>>;
  /** The header as written, per field found (for messages that name the column). */
  headers: Partial<Record<Field, string>>;
  /** Headers that were not recognised, or repeated a field already found: never read. */
  ignored: string[];
  /** Required fields with no column. */
  missing: Field[];
}

/**
 * Maps a header row. `groups` are the cells of a merged group title row above it
 * (empty when the header is one row); `overrides` are the office's own names,
 * which win over every alias.
 */
export function mapHeaders(header: string[], options: { groups?: string[] | undefined; overrides?: ColumnOverrides | undefined } = {}): ColumnMap {
  const columns: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const ignored: string[] = [];
  header.forEach((text, index) => {
    const group = options.groups?.[index] ?? '';
    const written = [group, text]
      .filter((part) => part.trim())
      .join(' / ')
      .trim();
    const override = options.overrides?.get(headerKey(text)) ?? (group ? options.overrides?.get(headerKey(`${group} ${text}`)) : undefined);
    const field = override !== undefined ? override : text.trim() ? fieldOfHeaderPair(group, text) : group ? fieldOfHeader(group) : null;
    if (field && columns[field] === undefined) {
      columns[field] = index;
      headers[field] = written;
    } else if (written !== '') ignored.push(written);
  });
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  return { columns, headers, ignored, missing };
}

/** A few of the headers a field accepts, for the message that says a column is missing. */
export function acceptedHeaders(field: Field, count = 6): string {
  return [FIELDS[field].label, ...FIELDS[field].aliases.slice(0, count).map((alias) => `"${alias}"`)].join(', ');
}
