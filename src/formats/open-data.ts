/**
 * The open data files: currently certified products only, one row each, with the
 * fields documented in OPEN_DATA_FIELDS (shown on the open-data page). The CSV
 * follows the spreadsheet rule of `src/domain/spreadsheet-csv.ts`, formula
 * triggers defused, like the search page's download.
 */
import type { Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import type { ProductView } from '../queries/catalogue.ts';
import { province } from '../queries/provinces.ts';
import { siteUrl } from '../queries/site-url.ts';
import { communeByCode } from '../domain/admin-units.ts';
import { spreadsheetCsv } from '../domain/spreadsheet-csv.ts';

export interface OpenDataField {
  name: string;
  description: Record<Lang, string>;
  value: (view: ProductView) => string | number | boolean | null;
}

export const OPEN_DATA_FIELDS: OpenDataField[] = [
  { name: 'id', description: { vi: 'Mã định danh trên trang (ổn định)', en: 'Stable id used in the page URL' }, value: (v) => v.product.id },
  { name: 'code', description: { vi: 'Mã sản phẩm trong sổ đăng ký', en: 'Product code in the registry' }, value: (v) => v.product.code ?? null },
  { name: 'name', description: { vi: 'Tên sản phẩm', en: 'Product name' }, value: (v) => v.product.name },
  { name: 'stars', description: { vi: 'Hạng sao còn hiệu lực (3–5)', en: 'Stars, valid on the build date (3–5)' }, value: (v) => v.product.certificate.stars },
  {
    name: 'decision_number',
    description: { vi: 'Số quyết định công nhận', en: 'Recognition decision number' },
    value: (v) => v.product.certificate.decisionNumber,
  },
  {
    name: 'decision_date',
    description: { vi: 'Ngày quyết định (YYYY-MM-DD)', en: 'Decision date (YYYY-MM-DD)' },
    value: (v) => v.product.certificate.decisionDate,
  },
  {
    name: 'valid_until',
    description: { vi: 'Hiệu lực đến ngày (YYYY-MM-DD)', en: 'Last valid day (YYYY-MM-DD)' },
    value: (v) => (v.state.shown ? v.state.validUntil : null),
  },
  {
    name: 'under_rerating',
    description: { vi: 'Đang chờ kết quả đánh giá lại', en: 'Awaiting a re-rating result' },
    value: (v) => (v.state.shown ? v.state.underRerating : false),
  },
  { name: 'issuer', description: { vi: 'Cơ quan công nhận', en: 'Issuing body' }, value: (v) => v.product.certificate.issuer ?? null },
  {
    name: 'category',
    description: {
      vi: 'Mã phân loại chi tiết nhất đã biết (QĐ 26/2026): bộ sản phẩm (I.3.b), hoặc nhóm (I.3), ngành (I) khi chưa xếp bộ',
      en: 'Key of the most specific level known (QĐ 26/2026): the product set (I.3.b), or the group (I.3) or sector (I) while not yet in a set',
    },
    value: (v) => v.category.key,
  },
  { name: 'sector', description: { vi: 'Mã ngành, ví dụ I', en: 'Sector key, e.g. I' }, value: (v) => v.category.sector.key },
  {
    name: 'group',
    description: { vi: 'Mã nhóm, ví dụ I.3; trống khi chưa biết', en: 'Group key, e.g. I.3; empty when not known' },
    value: (v) => v.category.group?.key ?? null,
  },
  {
    name: 'product_set',
    description: { vi: 'Mã bộ sản phẩm, ví dụ I.3.b; trống khi chưa xếp bộ', en: 'Product set key, e.g. I.3.b; empty while not yet in a set' },
    value: (v) => v.category.set?.key ?? null,
  },
  {
    name: 'product_set_label',
    description: { vi: 'Tên bộ sản phẩm; trống khi chưa xếp bộ', en: 'Product set name (Vietnamese); empty while not yet in a set' },
    value: (v) => v.category.set?.label.vi ?? null,
  },
  { name: 'producer_id', description: { vi: 'Mã định danh chủ thể', en: 'Producer id' }, value: (v) => v.product.producerId },
  { name: 'producer_name', description: { vi: 'Tên chủ thể', en: 'Producer name' }, value: (v) => v.producer?.name ?? null },
  {
    name: 'province_code',
    description: { vi: 'Mã tỉnh hiện hành (2 chữ số)', en: 'Current province code (2 digits)' },
    value: (v) => v.product.address.provinceCode,
  },
  { name: 'province', description: { vi: 'Tên tỉnh hiện hành', en: 'Current province name' }, value: (v) => province(v.product.address.provinceCode).name },
  {
    name: 'commune_code',
    description: { vi: 'Mã xã hiện hành (5 chữ số)', en: 'Current commune code (5 digits)' },
    value: (v) => v.product.address.communeCode ?? null,
  },
  {
    name: 'commune',
    description: { vi: 'Tên xã hiện hành', en: 'Current commune name' },
    value: (v) => (v.product.address.communeCode ? (communeByCode(v.product.address.communeCode)?.fullName ?? null) : null),
  },
  { name: 'url', description: { vi: 'Trang sản phẩm', en: 'Product page' }, value: (v) => siteUrl(routes.product('vi', v.product.id)) },
];

/** The CSV file: a column per field, named as documented. */
export function productsCsv(views: ProductView[]): string {
  return spreadsheetCsv(
    views,
    OPEN_DATA_FIELDS.map((f) => ({ header: f.name, value: f.value })),
  );
}

export function productsJson(views: ProductView[], meta: { buildDate: string; dataAsOf: string; source: string }): string {
  const products = views.map((v) => Object.fromEntries(OPEN_DATA_FIELDS.map((f) => [f.name, f.value(v)])));
  return `${JSON.stringify({ buildDate: meta.buildDate, dataAsOf: meta.dataAsOf, source: meta.source, count: products.length, products }, null, 2)}\n`;
}
