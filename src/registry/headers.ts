/**
 * Which column holds what. Headers are typed by people ("Tên SP", "Số QĐ",
 * "Tỉnh/TP", "SĐT liên hệ"), so they are compared folded (no case, diacritics,
 * punctuation or extra spaces) with the usual abbreviations spelled out. Only the
 * columns listed here are read; every other column (ID-card numbers, personal
 * phones, internal notes) is ignored and can never reach the public output.
 */
import { matchKey } from '../domain/text.ts';

export const FIELDS = {
  name: { required: true, label: 'Tên sản phẩm', aliases: ['ten san pham', 'san pham', 'ten', 'product name', 'product', 'name'] },
  producer: { required: true, label: 'Tên chủ thể', aliases: ['ten chu the', 'chu the', 'chu the ocop', 'ten chu the ocop', 'don vi san xuat', 'co so san xuat', 'producer', 'producer name', 'holder'] },
  stars: { required: true, label: 'Hạng sao', aliases: ['hang sao', 'so sao', 'sao', 'xep hang', 'hang', 'stars', 'star rating', 'rating'] },
  decisionNumber: { required: true, label: 'Số quyết định', aliases: ['so quyet dinh', 'quyet dinh', 'so quyet dinh cong nhan', 'decision number', 'decision no', 'decision'] },
  decisionDate: { required: true, label: 'Ngày quyết định', aliases: ['ngay quyet dinh', 'ngay cap', 'ngay cong nhan', 'ngay ky', 'ngay ky quyet dinh', 'decision date', 'date of decision', 'issued on'] },
  category: { required: true, label: 'Ngành / Nhóm / Bộ sản phẩm', aliases: ['nganh', 'nhom', 'bo san pham', 'nhom san pham', 'nganh hang', 'nganh san pham', 'phan nhom', 'bo', 'loai san pham', 'category', 'product category', 'product set', 'group'] },
  province: { required: true, label: 'Tỉnh / Thành phố', aliases: ['tinh', 'thanh pho', 'tinh thanh pho', 'tinh thanh', 'tinh thanh pho truc thuoc trung uong', 'province', 'province city'] },
  code: { required: false, label: 'Mã sản phẩm', aliases: ['ma san pham', 'ma', 'ma ocop', 'product code', 'code'] },
  producerType: { required: false, label: 'Loại hình chủ thể', aliases: ['loai hinh chu the', 'loai hinh', 'loai chu the', 'hinh thuc to chuc', 'producer type', 'type of producer', 'legal form'] },
  score: { required: false, label: 'Điểm', aliases: ['diem', 'tong diem', 'diem danh gia', 'score', 'points'] },
  expiresOn: { required: false, label: 'Ngày hết hạn', aliases: ['ngay het han', 'het han', 'hieu luc den', 'co hieu luc den', 'expiry date', 'expires', 'expiry', 'valid until'] },
  issuer: { required: false, label: 'Cơ quan công nhận', aliases: ['co quan cong nhan', 'cap cong nhan', 'don vi cong nhan', 'co quan cap', 'issuer', 'issued by'] },
  status: { required: false, label: 'Trạng thái', aliases: ['trang thai', 'tinh trang', 'trang thai chung nhan', 'status'] },
  revokedOn: { required: false, label: 'Ngày thu hồi', aliases: ['ngay thu hoi', 'thu hoi ngay', 'revocation date', 'revoked on'] },
  district: { required: false, label: 'Huyện / Quận', aliases: ['huyen', 'quan', 'huyen quan', 'quan huyen', 'huyen thi xa thanh pho', 'district'] },
  commune: { required: false, label: 'Xã / Phường', aliases: ['xa', 'phuong', 'xa phuong', 'phuong xa', 'xa phuong thi tran', 'commune', 'ward', 'commune ward'] },
  street: { required: false, label: 'Địa chỉ', aliases: ['dia chi', 'dia chi chi tiet', 'dia chi san xuat', 'so nha duong', 'address', 'street', 'street address'] },
  lat: { required: false, label: 'Vĩ độ', aliases: ['vi do', 'lat', 'latitude'] },
  lon: { required: false, label: 'Kinh độ', aliases: ['kinh do', 'lon', 'lng', 'long', 'longitude'] },
  description: { required: false, label: 'Mô tả', aliases: ['mo ta', 'mo ta san pham', 'gioi thieu', 'description'] },
  image: { required: false, label: 'Ảnh', aliases: ['anh', 'hinh anh', 'anh san pham', 'hinh', 'image', 'photo', 'picture'] },
  website: { required: false, label: 'Website', aliases: ['website', 'trang web', 'web', 'site'] },
  ecommerce: { required: false, label: 'Sàn thương mại điện tử', aliases: ['thuong mai dien tu', 'link thuong mai dien tu', 'san thuong mai dien tu', 'gian hang thuong mai dien tu', 'link ban hang', 'e commerce', 'ecommerce', 'online shops', 'shops'] },
  traceabilityUrl: { required: false, label: 'Truy xuất nguồn gốc', aliases: ['truy xuat nguon goc', 'truy xuat', 'link truy xuat', 'ma truy xuat', 'traceability', 'traceability link', 'traceability url'] },
  standards: { required: false, label: 'Tiêu chuẩn', aliases: ['tieu chuan', 'tieu chuan chat luong', 'chung nhan chat luong', 'chung nhan', 'quality standards', 'standards', 'certifications'] },
  phone: { required: false, label: 'SĐT liên hệ', aliases: ['so dien thoai lien he', 'so dien thoai', 'dien thoai', 'dien thoai lien he', 'phone', 'contact phone', 'telephone'] },
  email: { required: false, label: 'Email', aliases: ['email', 'e mail', 'thu dien tu', 'contact email'] },
  publicContact: { required: false, label: 'Công khai liên hệ', aliases: ['cong khai lien he', 'cong khai thong tin lien he', 'cho phep cong khai', 'public contact', 'publish contact', 'contact public'] },
} as const;

export type Field = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];
export const REQUIRED_FIELDS = FIELD_NAMES.filter((field) => FIELDS[field].required);

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
};

/** The comparable form of a header: folded, abbreviations spelled out, a trailing "(…)" note or "*" dropped. */
export function headerKey(header: string): string {
  return matchKey(header)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

const fieldByKey = new Map<string, Field>();
for (const field of FIELD_NAMES) for (const alias of FIELDS[field].aliases) fieldByKey.set(alias, field);

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

export function mapHeaders(header: string[]): ColumnMap {
  const columns: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const ignored: string[] = [];
  header.forEach((text, index) => {
    const key = headerKey(text);
    const field = fieldByKey.get(key) ?? fieldByKey.get(headerKey(text.replace(/\([^)]*\)/g, ' ')));
    if (field && columns[field] === undefined) {
      columns[field] = index;
      headers[field] = text.trim();
    } else if (text.trim() !== '') ignored.push(text.trim());
  });
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  return { columns, headers, ignored, missing };
}
