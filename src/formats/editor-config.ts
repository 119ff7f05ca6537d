/**
 * The content editor's configuration (Decap CMS, served at /quan-tri/), made
 * from the project's zod schemas: each field of a story, a fair or a display
 * point becomes an editor field of the matching kind (text, date, choice, list,
 * group), required exactly when the schema requires it, checked with the same
 * patterns. So the editor cannot offer a field the collections would refuse,
 * nor miss one they need; the labels and help texts, in Vietnamese, are the
 * only hand-written part (`EDITOR_LABELS`), and a test checks they name every
 * field of the schemas and nothing else.
 */
import type { z } from 'astro/zod';
import { event } from '../schemas/event.ts';
import { point, type POINT_KINDS } from '../schemas/point.ts';
import { story } from '../schemas/story.ts';

/** What the editor shows for one field: its label and, where it helps, a line of help. */
export interface FieldLabel {
  label: string;
  hint?: string;
  /** A longer text box instead of one line. */
  multiline?: true;
  /** Labels of an enum's values, by value. */
  options?: Record<string, string>;
  /** A file chosen or uploaded into the media folder, instead of typed text. */
  image?: true;
}

const bilingual = (what: string): Record<string, FieldLabel> => ({
  vi: { label: `${what} (tiếng Việt)` },
  en: { label: `${what} (tiếng Anh)`, hint: 'Cho khách nước ngoài; để trống nếu chưa có bản dịch thì trang sẽ hiện bản tiếng Việt.' },
});

const addressLabels: Record<string, FieldLabel> = {
  provinceCode: { label: 'Mã tỉnh', hint: 'Hai chữ số theo danh mục đơn vị hành chính từ 1/7/2025, ví dụ 68 là Lâm Đồng.' },
  communeCode: { label: 'Mã xã', hint: 'Năm chữ số, nếu biết.' },
  asWritten: { label: 'Địa chỉ như ghi trên giấy tờ', hint: 'Chỉ phần xã, huyện, tỉnh; không ghi số nhà của hộ gia đình.' },
  street: { label: 'Số nhà, đường' },
};
const locationLabels: Record<string, FieldLabel> = {
  lat: { label: 'Vĩ độ', hint: 'Ví dụ 11.9404' },
  lon: { label: 'Kinh độ', hint: 'Ví dụ 108.4583' },
};

/** Labels by collection, then by field path (`address.provinceCode`). */
export const EDITOR_LABELS = {
  stories: {
    title: { label: 'Tiêu đề' },
    lang: { label: 'Ngôn ngữ của bài', options: { vi: 'Tiếng Việt', en: 'Tiếng Anh' } },
    producer: { label: 'Mã chủ thể kể chuyện', hint: 'Mã trên trang của chủ thể, ví dụ htx-nong-lam-nghiep-khang-ninh-19.' },
    products: { label: 'Mã sản phẩm được kể', hint: 'Mã ở cuối địa chỉ trang sản phẩm; nhiều mã thì cách nhau bằng dấu phẩy.' },
    summary: { label: 'Tóm tắt', hint: 'Một hai câu, hiện trong danh sách và khi chia sẻ.', multiline: true },
    published: { label: 'Ngày đăng' },
    author: { label: 'Người viết' },
    photo: { label: 'Ảnh', hint: 'Ảnh chụp sản phẩm, nơi làm ra nó hoặc người làm; không cần nếu đã có ảnh sản phẩm. JPG, PNG hoặc WebP.', image: true },
    photoAlt: { label: 'Mô tả ảnh', hint: 'Một câu nói ảnh có gì, cho người không xem được ảnh. Bắt buộc khi có ảnh.' },
    body: { label: 'Nội dung', hint: 'Viết như thư thường; có thể in nghiêng, in đậm, chèn liên kết. Mã HTML sẽ không được hiển thị.' },
  },
  events: {
    title: { label: 'Tên hội chợ' },
    ...prefixed('title', bilingual('Tên')),
    startDate: { label: 'Ngày bắt đầu' },
    endDate: { label: 'Ngày kết thúc' },
    opens: { label: 'Giờ mở cửa', hint: 'Dạng 08:00' },
    closes: { label: 'Giờ đóng cửa', hint: 'Dạng 21:00' },
    venue: { label: 'Địa điểm' },
    address: { label: 'Địa chỉ' },
    ...prefixed('address', addressLabels),
    location: { label: 'Vị trí trên bản đồ' },
    ...prefixed('location', locationLabels),
    provinces: { label: 'Mã các tỉnh tham gia', hint: 'Mã hai chữ số, cách nhau bằng dấu phẩy.' },
    products: { label: 'Mã sản phẩm trưng bày' },
    organiser: { label: 'Đơn vị tổ chức' },
    website: { label: 'Trang web', hint: 'Bắt đầu bằng https://' },
    summary: { label: 'Giới thiệu' },
    ...prefixed('summary', { vi: { label: 'Giới thiệu (tiếng Việt)', multiline: true }, en: { label: 'Giới thiệu (tiếng Anh)', multiline: true } }),
  },
  points: {
    name: { label: 'Tên điểm bán' },
    kind: {
      label: 'Loại điểm',
      options: {
        'transport-hub': 'Nhà ga, sân bay, bến cảng, bến xe',
        'rest-stop': 'Trạm dừng nghỉ',
        retail: 'Trung tâm thương mại, siêu thị, chợ',
        'tourist-site': 'Khu du lịch, nhà hàng, khách sạn',
        'craft-village': 'Làng nghề',
        'commercial-centre': 'Trung tâm thương mại xã, cụm công nghiệp',
        'exhibition-centre': 'Trung tâm hội chợ, triển lãm',
        'post-office': 'Bưu điện',
      } satisfies Record<(typeof POINT_KINDS)[number], string>,
    },
    address: { label: 'Địa chỉ' },
    ...prefixed('address', addressLabels),
    location: { label: 'Vị trí trên bản đồ' },
    ...prefixed('location', locationLabels),
    openingHours: { label: 'Giờ mở cửa' },
    ...prefixed('openingHours', bilingual('Giờ mở cửa')),
    products: { label: 'Mã sản phẩm đang bán' },
    productSets: { label: 'Bộ sản phẩm chuyên bán', hint: 'Mã bộ sản phẩm, ví dụ I.3.b' },
    phone: { label: 'Điện thoại của điểm bán', hint: 'Số của cửa hàng, không ghi số di động cá nhân.' },
    website: { label: 'Trang web', hint: 'Bắt đầu bằng https://' },
    description: { label: 'Mô tả' },
    ...prefixed('description', { vi: { label: 'Mô tả (tiếng Việt)', multiline: true }, en: { label: 'Mô tả (tiếng Anh)', multiline: true } }),
  },
} satisfies Record<string, Record<string, FieldLabel>>;

function prefixed(parent: string, labels: Record<string, FieldLabel>): Record<string, FieldLabel> {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [`${parent}.${key}`, label]));
}

export type CollectionName = keyof typeof EDITOR_LABELS;

/** One editor field, as Decap CMS reads it. */
export type EditorField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  fields?: EditorField[];
  field?: EditorField;
  min?: number;
  [setting: string]: unknown;
};

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

// The zod internals read here (`def.type`, `def.innerType`, `def.checks`) are
// zod 4's documented definition objects; a schema kind this does not know
// fails the build, so a new kind of field is never silently left out.
interface ZodDef {
  type: string;
  innerType?: ZodNode;
  out?: ZodNode;
  defaultValue?: unknown;
  element?: ZodNode;
  shape?: Record<string, ZodNode>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number } } }[];
  format?: string;
}
interface ZodNode {
  def: ZodDef;
}

function labelOf(collection: CollectionName, path: string): FieldLabel {
  const label = (EDITOR_LABELS[collection] as Record<string, FieldLabel>)[path];
  if (!label) throw new Error(`the editor has no label for ${collection}.${path}: add one to EDITOR_LABELS`);
  return label;
}

function fieldOf(collection: CollectionName, path: string, node: ZodNode): EditorField {
  const name = path.split('.').at(-1)!;
  const { label, hint, multiline, options, image } = labelOf(collection, path);
  let def = node.def;
  const field: EditorField = { name, label, widget: 'string', ...(hint ? { hint } : {}) };
  if (def.type === 'optional') {
    field.required = false;
    def = def.innerType!.def;
  }
  if (def.type === 'default') {
    field.default = def.defaultValue;
    def = def.innerType!.def;
  }
  // A preprocessed value (frontMatterDate) is edited as what it becomes.
  if (def.type === 'pipe') def = def.out!.def;
  const regex = def.checks?.map((check) => check._zod.def).find((check) => check.format === 'regex')?.pattern;
  switch (def.type) {
    case 'string':
      if (regex?.source === DATE)
        return { ...field, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
      // Decap's image widget writes `images/<file>` (public_folder), which the schema's pattern checks on the next build.
      if (image) return { ...field, widget: 'image', choose_url: false };
      if (multiline) field.widget = 'text';
      if (def.format === 'url') field.pattern = ['^https?://', 'Địa chỉ phải bắt đầu bằng http:// hoặc https://'];
      if (regex) field.pattern = [regex.source, `Chưa đúng dạng${hint ? `: ${hint}` : ''}`];
      return field;
    case 'number':
      return { ...field, widget: 'number', value_type: 'float' };
    case 'boolean':
      return { ...field, widget: 'boolean' };
    case 'enum':
      return {
        ...field,
        widget: 'select',
        options: Object.values(def.entries!).map((value) => ({ value, label: options?.[value] ?? value })),
      };
    case 'array': {
      const element = def.element!.def;
      const min = def.checks?.map((check) => check._zod.def).find((check) => check.check === 'min_length')?.minimum;
      if (element.type !== 'string') throw new Error(`the editor cannot yet edit ${collection}.${path}: a list of ${element.type}`);
      return { ...field, widget: 'list', ...(min ? { min } : {}) };
    }
    case 'object':
      return { ...field, widget: 'object', fields: fieldsOf(collection, def.shape!, `${path}.`) };
    default:
      throw new Error(`the editor cannot yet edit ${collection}.${path}: a zod ${def.type}`);
  }
}

function fieldsOf(collection: CollectionName, shape: Record<string, ZodNode>, prefix = ''): EditorField[] {
  return Object.entries(shape).map(([key, node]) => fieldOf(collection, `${prefix}${key}`, node));
}

const SCHEMAS: Record<CollectionName, z.ZodObject> = { stories: story, events: event, points: point };

/** Every field path a collection's schema has (`address.provinceCode`), for the labels test. */
export function schemaFieldPaths(collection: CollectionName): string[] {
  const paths: string[] = [];
  const walk = (shape: Record<string, ZodNode>, prefix: string) => {
    for (const [key, node] of Object.entries(shape)) {
      paths.push(`${prefix}${key}`);
      let def = node.def;
      while (def.type === 'optional' || def.type === 'default' || def.type === 'pipe') def = def.type === 'pipe' ? def.out!.def : def.innerType!.def;
      if (def.type === 'object') walk(def.shape!, `${prefix}${key}.`);
    }
  };
  walk((SCHEMAS[collection] as unknown as ZodNode).def.shape!, '');
  return paths;
}

/** Where the office's site repository is, and how staff sign in (docs/operations.md, "The content editor"). */
export interface EditorBackend {
  /** Decap's backend: `github`, `gitlab` or `gitea`; absent: only the local backend, for trying it out. */
  name?: 'github' | 'gitlab' | 'gitea' | undefined;
  repo?: string | undefined;
  branch?: string | undefined;
  /** The git host's address, for GitLab or Gitea on the province's own server. */
  baseUrl?: string | undefined;
  apiRoot?: string | undefined;
  /** The OAuth application's id (GitLab's and Gitea's sign-in without a server). */
  appId?: string | undefined;
  /** The local backend (`npx decap-server`) for a computer with the checkout. */
  localUrl: string;
}

/** The editor's settings from the environment of the build. */
export function editorBackendFrom(env: Record<string, string | undefined>): EditorBackend {
  const name = env.OCOP_EDITOR_BACKEND?.trim();
  if (name && name !== 'github' && name !== 'gitlab' && name !== 'gitea') {
    throw new Error(`OCOP_EDITOR_BACKEND must be github, gitlab or gitea, not "${name}"`);
  }
  if (name && !env.OCOP_EDITOR_REPO) throw new Error('OCOP_EDITOR_BACKEND needs OCOP_EDITOR_REPO, the site repository as owner/name');
  return {
    name: name as EditorBackend['name'],
    repo: env.OCOP_EDITOR_REPO,
    branch: env.OCOP_EDITOR_BRANCH,
    baseUrl: env.OCOP_EDITOR_BASE_URL,
    apiRoot: env.OCOP_EDITOR_API_ROOT,
    appId: env.OCOP_EDITOR_APP_ID,
    localUrl: env.OCOP_EDITOR_LOCAL_URL ?? 'http://localhost:8081/api/v1',
  };
}

/** The whole Decap CMS configuration: the content folders, relative to the site repository. */
export function editorConfig(backend: EditorBackend, siteUrl: string) {
  const local = new URL(backend.localUrl);
  const gitBackend = backend.name
    ? {
        name: backend.name,
        repo: backend.repo,
        branch: backend.branch ?? 'main',
        ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
        ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
        ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' } : {}),
        commit_messages: {
          create: 'Thêm {{collection}} “{{slug}}” (trình soạn thảo)',
          update: 'Sửa {{collection}} “{{slug}}” (trình soạn thảo)',
          delete: 'Xoá {{collection}} “{{slug}}” (trình soạn thảo)',
          uploadMedia: 'Tải ảnh “{{path}}” (trình soạn thảo)',
          deleteMedia: 'Xoá ảnh “{{path}}” (trình soạn thảo)',
        },
      }
    : // Without a git host, only the local backend works; Decap still needs a name here.
      { name: 'git-gateway' };
  const jsonCollection = (name: 'events' | 'points', label: string, labelSingular: string, summary: string) => ({
    name,
    label,
    label_singular: labelSingular,
    folder: `content/${name}`,
    extension: 'json',
    format: 'json',
    create: true,
    slug: '{{slug}}',
    summary,
    fields: fieldsOf(name, (SCHEMAS[name] as unknown as ZodNode).def.shape!),
  });
  return {
    backend: gitBackend,
    local_backend: { url: backend.localUrl, allowed_hosts: [...new Set(['localhost', '127.0.0.1', local.hostname])] },
    locale: 'vi',
    site_url: siteUrl,
    display_url: siteUrl,
    // Story photos go beside the stories; the site's photo pipeline encodes them like product photos.
    media_folder: 'content/stories/images',
    public_folder: 'images',
    publish_mode: 'simple',
    // File names without diacritics, as the hand-written ones are (mat-ong-rung-ba-be.md).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'stories',
        label: 'Câu chuyện sản phẩm',
        label_singular: 'câu chuyện',
        folder: 'content/stories',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        summary: '{{title}} ({{published}})',
        fields: [...fieldsOf('stories', (story as unknown as ZodNode).def.shape!), { ...fieldOfBody() }],
      },
      jsonCollection('events', 'Hội chợ, lễ hội', 'hội chợ', '{{title.vi}} ({{startDate}})'),
      jsonCollection('points', 'Điểm giới thiệu và bán sản phẩm', 'điểm bán', '{{name}}'),
    ],
  };
}

function fieldOfBody(): EditorField {
  const { label, hint } = labelOf('stories', 'body');
  return {
    name: 'body',
    label,
    widget: 'markdown',
    buttons: ['bold', 'italic', 'link', 'heading-two', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    ...(hint ? { hint } : {}),
  };
}
