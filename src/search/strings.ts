/** Words of the search and map islands, per language; kept beside the islands that use them. */
import type { Lang } from './labels.ts';

const vi = {
  searchLabel: 'Tìm sản phẩm, chủ thể, tỉnh thành…',
  searchButton: 'Tìm',
  searching: 'Đang tìm…',
  loading: 'Đang tải chỉ mục tìm kiếm…',
  unavailable: 'Không tải được chức năng tìm kiếm. Hãy thử lại hoặc xem danh mục.',
  results: (n: number) => `${n} kết quả`,
  noResults: (q: string) => (q ? `Không có kết quả cho “${q}”.` : 'Không có kết quả.'),
  tryRemoving: 'Thử bỏ bớt bộ lọc:',
  removeFilter: (label: string) => `Bỏ lọc: ${label}`,
  clearAll: 'Bỏ tất cả bộ lọc',
  filters: 'Bộ lọc',
  sortLabel: 'Sắp xếp',
  sorts: { relevance: 'Phù hợp nhất', stars: 'Số sao', name: 'Tên (A–Z)' },
  facet: { kind: 'Loại nội dung', province: 'Tỉnh, thành', stars: 'Hạng sao', sector: 'Ngành', group: 'Nhóm', set: 'Bộ sản phẩm', type: 'Loại chủ thể', standard: 'Tiêu chuẩn chất lượng' },
  stars: (n: string) => `${n} sao`,
  more: 'Xem thêm kết quả',
  download: (n: number) => `Tải danh sách đã lọc (CSV, ${n} sản phẩm)`,
  downloading: (done: number, total: number) => `Đang chuẩn bị CSV… ${done}/${total}`,
  csvHeaders: ['Tên sản phẩm', 'Mã sản phẩm', 'Chủ thể', 'Tỉnh, thành', 'Hạng sao', 'Bộ sản phẩm', 'Đường dẫn'],
  hint: 'Gõ có dấu hoặc không dấu. Dùng phím mũi tên để chọn kết quả, Enter để mở.',
  quickSearchAll: (q: string) => `Xem tất cả kết quả cho “${q}”`,
};

type Strings = typeof vi;

const en: Strings = {
  searchLabel: 'Search products, producers, provinces…',
  searchButton: 'Search',
  searching: 'Searching…',
  loading: 'Loading the search index…',
  unavailable: 'Search could not load. Try again, or browse the catalogue.',
  results: (n) => `${n} ${n === 1 ? 'result' : 'results'}`,
  noResults: (q) => (q ? `No results for “${q}”.` : 'No results.'),
  tryRemoving: 'Try removing a filter:',
  removeFilter: (label) => `Remove filter: ${label}`,
  clearAll: 'Clear all filters',
  filters: 'Filters',
  sortLabel: 'Sort by',
  sorts: { relevance: 'Best match', stars: 'Stars', name: 'Name (A–Z)' },
  facet: { kind: 'Content type', province: 'Province', stars: 'Stars', sector: 'Sector', group: 'Group', set: 'Product set', type: 'Producer type', standard: 'Quality standard' },
  stars: (n) => `${n} ${n === '1' ? 'star' : 'stars'}`,
  more: 'Show more results',
  download: (n) => `Download the filtered list (CSV, ${n} products)`,
  downloading: (done, total) => `Preparing CSV… ${done}/${total}`,
  csvHeaders: ['Product name', 'Product code', 'Producer', 'Province', 'Stars', 'Product set', 'URL'],
  hint: 'Type with or without Vietnamese accents. Use the arrow keys to pick a result, Enter to open it.',
  quickSearchAll: (q) => `See all results for “${q}”`,
};

export const SEARCH_STRINGS: Record<Lang, Strings> = { vi, en };
export type SearchStrings = Strings;
