/**
 * Plain-Vietnamese reasons for the "rows to fix" workbook. The report's reasons
 * are English; the provincial office reads Vietnamese. Each issue may carry a
 * stable `code` and `params`; this table holds one template per code, written for
 * an office clerk: what is wrong, and what to type instead. An issue without a
 * known code keeps its English reason, so a new problem is never hidden.
 */

/** Where a warning belongs on the "Cảnh báo" sheet. */
export type WarningKind = 'inferred-set' | 'commune-not-resolved' | 'commune-split' | 'fact-from-title' | 'photo' | 'privacy' | 'other';

export const WARNING_KIND_LABELS: Record<WarningKind, string> = {
  'inferred-set': 'Bộ sản phẩm được suy ra hoặc chưa rõ',
  'commune-not-resolved': 'Chưa xác định được xã/phường',
  'commune-split': 'Xã cũ đã chia tách',
  'fact-from-title': 'Lấy từ tiêu đề, đề mục hoặc lệnh chạy',
  photo: 'Ảnh sản phẩm',
  privacy: 'Ẩn thông tin cá nhân',
  other: 'Khác',
};

/**
 * The parameters a template may use. `value` is always the cell text as written;
 * dates may be given as YYYY-MM-DD (shown dd/mm/yyyy), numbers as numbers (shown
 * with a decimal comma). A template reads well when a parameter is missing.
 */
export type IssueParam =
  | 'value'
  | 'stars'
  | 'score'
  | 'min'
  | 'max'
  | 'asOf'
  | 'since'
  | 'expiresOn'
  | 'decisionDate'
  | 'row'
  | 'id'
  | 'province'
  | 'count'
  | 'expected'
  | 'districts'
  | 'code'
  | 'productSet'
  | 'label'
  | 'field'
  | 'option'
  | 'other'
  | 'length'
  | 'limit'
  | 'lat'
  | 'lon'
  | 'what';

type Shown = Partial<Record<IssueParam, string>>;

interface Template {
  /** Only for warnings: the "Loại" column of the warnings sheet. */
  kind?: WarningKind;
  params: readonly IssueParam[];
  vi: (p: Shown) => string;
}

/** `“value”`, or the fallback words when the value was not given. */
const q = (value: string | undefined, otherwise = 'Giá trị trong ô này'): string => (value ? `“${value}”` : otherwise);
const KEPT = 'Sản phẩm vẫn được đăng với địa chỉ như đã ghi';
const NO_PHOTO = 'Sản phẩm được đăng không có ảnh';
const DATE_HINT = 'Hãy nhập theo dạng ngày/tháng/năm, ví dụ: 20/05/2024.';
const STAR_BANDS: Record<string, [string, string]> = { '3': ['50', '70'], '4': ['70', '90'], '5': ['90', '100'] };

/** ` “lat”, “lon”` (or without quotes), or nothing when neither was given. */
function pair(p: Shown, quote = ''): string {
  const close = quote ? '”' : '';
  const given = [p.lat, p.lon].filter((v) => v !== undefined && v !== '');
  return given.length ? ` ${given.map((v) => `${quote}${v}${close}`).join(', ')}` : '';
}

/** The registry fields a title, heading or command line can give, by their Vietnamese names. */
const FACT_FIELDS: Record<string, string> = {
  province: 'Tỉnh',
  district: 'Huyện',
  stars: 'Hạng sao',
  category: 'Bộ sản phẩm',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  issuer: 'Cơ quan công nhận',
};

/** `Tỉnh “Lâm Đồng”`, for the facts a row took from elsewhere. */
function fact(p: Shown): string {
  const field = p.field ? (FACT_FIELDS[p.field] ?? p.field) : 'Giá trị';
  return p.value ? `${field} “${p.value}”` : field;
}

function scoreBand(p: Shown): string {
  const [min, max] = [p.min ?? STAR_BANDS[p.stars ?? '']?.[0], p.max ?? STAR_BANDS[p.stars ?? '']?.[1]];
  if (!min || !max) return '';
  return p.stars === '5' ? `: 5 sao là từ ${min} đến ${max} điểm` : `: ${p.stars} sao là từ ${min} đến dưới ${max} điểm`;
}

const TEMPLATES = {
  // Errors: the row is not published until the cell is fixed.
  'empty-name': { params: [], vi: () => 'Chưa có tên sản phẩm. Hãy nhập tên sản phẩm như ghi trong quyết định công nhận.' },
  'empty-producer': { params: [], vi: () => 'Chưa có tên chủ thể. Hãy nhập tên hợp tác xã, doanh nghiệp, tổ hợp tác hoặc hộ kinh doanh làm ra sản phẩm.' },
  'no-stars': { params: [], vi: () => 'Chưa có hạng sao. Hãy nhập 3, 4 hoặc 5, ví dụ: 4 hoặc 4 sao.' },
  'unknown-stars': { params: ['value'], vi: (p) => `${q(p.value)} không phải là hạng sao. Hãy nhập số sao từ 3 đến 5, ví dụ: 4, 4 sao hoặc ★★★★.` },
  'stars-below-certificate': {
    params: ['stars'],
    vi: (p) =>
      `Sản phẩm ${p.stars ?? 'dưới 3'} sao chưa được công nhận OCOP (phải từ 3 sao trở lên). Nếu nhập nhầm, hãy sửa hạng sao; nếu đúng như vậy thì sản phẩm không được đăng, không cần sửa.`,
  },
  'not-a-score': { params: ['value'], vi: (p) => `${q(p.value)} không phải là điểm. Hãy nhập tổng điểm từ 0 đến 100, ví dụ: 78 hoặc 78,5.` },
  'score-contradicts-stars': {
    params: ['score', 'stars', 'min', 'max'],
    vi: (p) => `${p.score ?? 'Số'} điểm không khớp với ${p.stars ?? 'hạng'} sao${scoreBand(p)}. Hãy kiểm tra lại điểm hoặc hạng sao theo quyết định công nhận.`,
  },
  'no-decision': { params: [], vi: () => 'Chưa có số quyết định công nhận. Hãy nhập số quyết định, ví dụ: 1234/QĐ-UBND.' },
  'no-date': { params: [], vi: () => `Chưa có ngày. ${DATE_HINT}` },
  'not-a-date': { params: ['value'], vi: (p) => `${q(p.value)} không phải là ngày hợp lệ (ngày không có trên lịch, hoặc tháng viết trước ngày). ${DATE_HINT}` },
  'date-in-future': {
    params: ['value', 'asOf'],
    vi: (p) =>
      `Ngày ${p.value ?? 'này'} chưa tới${p.asOf ? ` (sau ngày ${p.asOf})` : ''}, nên quyết định chưa có hiệu lực. Hãy kiểm tra lại, nhất là năm; nếu ngày đúng thì không cần sửa, sản phẩm sẽ được đăng từ ngày đó.`,
  },
  'date-before-ocop': {
    params: ['value', 'since'],
    vi: (p) =>
      `${p.value ? `Ngày ${p.value}` : 'Ngày này'} không thể là ngày của một chứng nhận OCOP (Chương trình OCOP bắt đầu từ ${p.since ? `ngày ${p.since}` : 'năm 2018'}). Hãy kiểm tra lại, nhất là năm.`,
  },
  'expiry-before-decision': {
    params: ['expiresOn', 'decisionDate'],
    vi: (p) =>
      `Ngày hết hạn${p.expiresOn ? ` ${p.expiresOn}` : ''} có trước ngày quyết định${p.decisionDate ? ` ${p.decisionDate}` : ''}. Hãy kiểm tra lại hai ngày này.`,
  },
  'unknown-status': {
    params: ['value'],
    vi: (p) => `Không rõ trạng thái ${q(p.value, 'trong ô này')}. Hãy nhập một trong: còn hiệu lực, đã thu hồi, đang đánh giá lại; để trống nếu còn hiệu lực.`,
  },
  'no-category': { params: [], vi: () => 'Chưa có ngành hoặc bộ sản phẩm. Hãy nhập tên bộ sản phẩm theo QĐ 26/2026, ví dụ: Chế biến từ gạo, ngũ cốc.' },
  'unknown-category': {
    params: ['value'],
    vi: (p) =>
      `Không nhận ra bộ sản phẩm ${q(p.value, 'trong ô này')}. Hãy nhập tên bộ sản phẩm theo QĐ 26/2026 hoặc tên nhóm theo QĐ 1048, ví dụ: Chè, Cà phê, Nước mắm.`,
  },
  'category-ambiguous': {
    params: ['value'],
    vi: (p) =>
      `${q(p.value, 'Ô này')} là một nhóm gồm nhiều bộ sản phẩm. Hãy ghi rõ bộ sản phẩm, ví dụ: “Chế biến từ gạo, ngũ cốc” thay vì “Thực phẩm chế biến”.`,
  },
  'unknown-province': {
    params: ['value'],
    vi: (p) =>
      `Không nhận ra tỉnh/thành phố ${q(p.value, 'trong ô này')}. Hãy nhập tên tỉnh hiện nay hoặc tên trước ngày 01/07/2025, ví dụ: Hải Phòng hoặc Hải Dương.`,
  },
  'coordinates-not-numbers': {
    params: ['lat', 'lon'],
    vi: (p) => `Vĩ độ, kinh độ${pair(p, '“')} không phải là số. Hãy nhập số thập phân, ví dụ: vĩ độ 20,8201 và kinh độ 106,4012.`,
  },
  'coordinates-outside-vietnam': {
    params: ['lat', 'lon'],
    vi: (p) => `Điểm${pair(p)} nằm ngoài Việt Nam. Vĩ độ phải từ 8 đến 23,5 và kinh độ từ 102 đến 110; hãy kiểm tra lại hoặc để trống cả hai ô.`,
  },
  'cell-count-mismatch': {
    params: ['count', 'expected'],
    vi: (p) =>
      `Dòng này có ${p.count ?? 'số'} ô${p.expected ? ` nhưng dòng tiêu đề có ${p.expected} cột` : ' khác số cột của dòng tiêu đề'}, nên các ô có thể nằm sai cột (thường do xóa hoặc chèn ô làm dồn các ô bên cạnh, hoặc do dấu phẩy thừa trong tệp CSV). Hãy kiểm tra từng ô của dòng.`,
  },
  'duplicate-id': {
    params: ['row', 'id'],
    vi: (p) =>
      `Sản phẩm này trùng địa chỉ trang${p.id ? ` (${p.id})` : ''} với ${p.row ? `dòng ${p.row}` : 'một dòng khác'}, vì tên và mã sản phẩm gần như giống nhau. Nếu là hai sản phẩm khác nhau, hãy sửa mã sản phẩm cho khác nhau; nếu là một, hãy xóa dòng thừa.`,
  },
  'text-too-long': {
    params: ['length', 'limit'],
    vi: (p) =>
      `Ô này quá dài${p.length ? ` (${p.length} ký tự)` : ''}: ${p.limit ? `trang chỉ đăng ${p.limit} ký tự đầu` : 'phần thừa bị cắt khi đăng'}. Hãy rút gọn.`,
  },
  'invalid-value': { params: ['value'], vi: (p) => `${q(p.value)} không hợp lệ cho cột này. Hãy kiểm tra lại.` },

  // Warnings: the row is published, without the part named here.
  'inferred-set': {
    kind: 'inferred-set',
    params: ['value', 'productSet', 'label'],
    vi: (p) =>
      `Bộ sản phẩm được suy ra từ ${q(p.value, 'ngành đã ghi')}${p.productSet ? `: ${p.productSet}${p.label ? ` (${p.label})` : ''}` : ''}. Sản phẩm vẫn được đăng; nếu chưa đúng, hãy ghi rõ tên bộ sản phẩm theo QĐ 26/2026.`,
  },
  'category-not-in-set': {
    kind: 'inferred-set',
    params: ['value', 'productSet', 'label'],
    vi: (p) =>
      `${q(p.value, 'Ô này')} chưa đủ để xếp vào một bộ sản phẩm: sản phẩm được đăng trong ${p.label ? `“${p.label}”` : 'ngành/nhóm đã ghi'}, mục “chưa xếp bộ”. Nếu biết, hãy ghi rõ tên bộ sản phẩm theo QĐ 26/2026.`,
  },
  'commune-not-found': {
    kind: 'commune-not-resolved',
    params: ['value', 'province'],
    vi: (p) =>
      `Không tìm thấy xã/phường ${q(p.value, 'đã ghi')}${p.province ? ` trong ${p.province}` : ''}. ${KEPT}; hãy kiểm tra lại tên xã (tên hiện nay hoặc tên trước ngày 01/07/2025).`,
  },
  'commune-ambiguous': {
    kind: 'commune-not-resolved',
    params: ['value', 'count', 'districts'],
    vi: (p) =>
      `Có ${p.count ?? 'nhiều'} xã/phường tên ${q(p.value, 'này')}${p.districts ? ` (ở ${p.districts})` : ''}. ${KEPT}; hãy ghi thêm huyện (cũ) để phân biệt.`,
  },
  'commune-not-current': {
    kind: 'commune-not-resolved',
    params: ['value', 'code'],
    vi: (p) =>
      `Xã ${q(p.value, 'cũ này')} đã nhập vào đơn vị${p.code ? ` mã ${p.code}` : ' khác'}, nhưng đơn vị này không có trong danh sách xã/phường hiện nay. ${KEPT}; hãy ghi tên xã/phường hiện nay.`,
  },
  'commune-split': {
    kind: 'commune-split',
    params: ['value'],
    vi: (p) => `Xã ${q(p.value, 'cũ này')} đã được chia cho nhiều xã/phường mới. ${KEPT}; hãy ghi tên xã/phường mới.`,
  },
  'fact-from-heading': {
    kind: 'fact-from-title',
    params: ['field', 'value', 'row'],
    vi: (p) => `${fact(p)} được lấy từ đề mục phía trên${p.row ? ` (dòng ${p.row})` : ''}, vì ô này để trống. Nếu không đúng, hãy nhập vào ô này.`,
  },
  'fact-from-title': {
    kind: 'fact-from-title',
    params: ['field', 'value', 'row'],
    vi: (p) => `${fact(p)} được lấy từ dòng tiêu đề của bảng${p.row ? ` (dòng ${p.row})` : ''}, vì ô này để trống. Nếu không đúng, hãy nhập vào ô này.`,
  },
  'fact-from-command-line': {
    kind: 'fact-from-title',
    params: ['field', 'value', 'option'],
    vi: (p) => `${fact(p)} được lấy từ lệnh chạy nhập dữ liệu${p.option ? ` (${p.option})` : ''}, vì ô này để trống. Nếu không đúng, hãy nhập vào ô này.`,
  },
  'near-duplicate-producer': {
    kind: 'other',
    params: ['value', 'other', 'row'],
    vi: (p) =>
      `Tên chủ thể ${q(p.value, 'này')} gần giống ${q(p.other, 'tên một chủ thể')}${p.row ? ` ở dòng ${p.row}` : ' ở dòng khác'}. Nếu là cùng một chủ thể, hãy ghi tên giống hệt nhau; nếu là hai chủ thể khác nhau thì không cần sửa.`,
  },
  'photo-missing': {
    kind: 'photo',
    params: ['value'],
    vi: (p) =>
      `Không tìm thấy ảnh ${q(p.value, 'đã ghi')} trong thư mục images/ cạnh tệp xuất. ${NO_PHOTO}; hãy chép ảnh vào thư mục đó hoặc sửa tên tệp cho đúng.`,
  },
  'photo-unreadable': {
    kind: 'photo',
    params: ['value'],
    vi: (p) => `Không mở được ảnh ${q(p.value, 'đã ghi')} (tệp hỏng hoặc không phải ảnh). ${NO_PHOTO}; hãy lưu lại ảnh dạng .jpg hoặc .png.`,
  },
  'photo-not-a-file-name': {
    kind: 'photo',
    params: ['value'],
    vi: (p) =>
      `${q(p.value)} không phải là tên tệp ảnh (.jpg, .png, .webp, .avif, .gif) hay đường link http(s). ${NO_PHOTO}; hãy ghi tên tệp ảnh, ví dụ: banh-gai.jpg.`,
  },
  'contact-withheld': {
    kind: 'privacy',
    params: [],
    vi: () =>
      'Hộ kinh doanh chưa đồng ý công khai liên hệ, nên số điện thoại, email và số nhà không được đăng. Nếu hộ đồng ý, hãy ghi “có” vào cột Công khai liên hệ.',
  },
  'personal-data-removed': {
    kind: 'privacy',
    params: ['what'],
    vi: (p) =>
      `Đã xóa thông tin cá nhân${p.what ? ` (${p.what})` : ''} khỏi ô này trước khi đăng. Không ghi số CCCD hay số điện thoại cá nhân vào các cột được đăng công khai.`,
  },
  'not-a-link': {
    kind: 'other',
    params: ['value'],
    vi: (p) => `${q(p.value)} không phải là đường link http(s) nên không được đăng. Hãy chép đầy đủ đường link, bắt đầu bằng https://.`,
  },
  'not-an-email': { kind: 'other', params: ['value'], vi: (p) => `${q(p.value)} không phải là địa chỉ email nên không được đăng. Hãy nhập dạng ten@vidu.vn.` },
  'unknown-standard': {
    kind: 'other',
    params: ['value'],
    vi: (p) =>
      `Không nhận ra tiêu chuẩn ${q(p.value, 'đã ghi')} nên tiêu chuẩn này không được đăng. Các tiêu chuẩn được nhận: VietGAP, GlobalGAP, HACCP, ISO 22000, ISO 9001, FSSC 22000, Hữu cơ, BRC.`,
  },
  'unknown-producer-type': {
    kind: 'other',
    params: ['value'],
    vi: (p) =>
      `Không nhận ra loại hình chủ thể ${q(p.value, 'đã ghi')}; được đăng là “Khác”. Hãy nhập một trong: Hợp tác xã, Tổ hợp tác, Doanh nghiệp, Hộ kinh doanh, Trang trại.`,
  },
  'coordinates-swapped': {
    kind: 'other',
    params: [],
    vi: () => 'Vĩ độ và kinh độ bị ghi ngược chỗ; đã đổi lại khi đăng. Hãy sửa trong bảng: vĩ độ từ 8 đến 23,5, kinh độ từ 102 đến 110.',
  },
  'coordinate-missing': {
    kind: 'other',
    params: [],
    vi: () => 'Chỉ có một trong hai số vĩ độ, kinh độ, nên sản phẩm không hiện trên bản đồ. Hãy nhập đủ cả hai, hoặc để trống cả hai.',
  },
} satisfies Record<string, Template>;

/** Every issue code this module has a Vietnamese template for. */
export type IssueCode = keyof typeof TEMPLATES;
export const ISSUE_CODES = Object.keys(TEMPLATES) as IssueCode[];

/** The parameters each code's template uses (the importer's contract for `params`). */
export function paramsOf(code: IssueCode): readonly IssueParam[] {
  return TEMPLATES[code].params;
}

export interface CodedIssue {
  reason: string;
  code?: string;
  params?: Record<string, string | number>;
}

const isCode = (code: string | undefined): code is IssueCode => code !== undefined && Object.hasOwn(TEMPLATES, code);

/** A number with a decimal comma; an ISO date as dd/mm/yyyy; anything else as given. */
function show(value: string | number): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

/** The issue in plain Vietnamese; the English reason when its code is unknown. */
export function vietnameseReason(issue: CodedIssue): string {
  if (!isCode(issue.code)) return issue.reason;
  const shown: Shown = {};
  for (const [key, value] of Object.entries(issue.params ?? {})) shown[key as IssueParam] = show(value);
  // `value` is the cell as written: shown verbatim, never re-formatted as a date.
  if (typeof issue.params?.['value'] === 'string') shown.value = issue.params['value'];
  return TEMPLATES[issue.code].vi(shown);
}

export function warningKind(code: string | undefined): WarningKind {
  if (!isCode(code)) return 'other';
  const template: Template = TEMPLATES[code];
  return template.kind ?? 'other';
}
