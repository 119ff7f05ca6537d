/**
 * The words of search, in Vietnamese: `search` for the islands in the browser (the
 * search page's panel and the header's live results), `searchPage` for what the
 * search page renders on the server. Two tables, so the islands' bundles carry
 * only their own.
 */

export const search = {
  searchLabel: 'Tìm sản phẩm, chủ thể, tỉnh thành…',
  searchButton: 'Tìm',
  searching: 'Đang tìm…',
  loading: 'Đang tải chỉ mục tìm kiếm…',
  unavailable: 'Không tải được chức năng tìm kiếm. Hãy thử lại hoặc xem danh mục.',
  results: (n: number) => `${n} kết quả`,
  noResults: (q: string) => (q ? `Không có kết quả cho “${q}”.` : 'Không có kết quả.'),
  suggestion: 'Có phải bạn muốn tìm:',
  searchFor: (q: string) => `Tìm “${q}”`,
  tryRemoving: 'Thử bỏ bớt bộ lọc:',
  removeFilter: (label: string) => `Bỏ lọc: ${label}`,
  clearAll: 'Bỏ tất cả bộ lọc',
  filters: 'Bộ lọc',
  sortLabel: 'Sắp xếp',
  sorts: { relevance: 'Phù hợp nhất', stars: 'Số sao', name: 'Tên (A–Z)' },
  facet: {
    kind: 'Loại nội dung',
    province: 'Tỉnh, thành',
    stars: 'Hạng sao',
    sector: 'Ngành',
    group: 'Nhóm',
    set: 'Bộ sản phẩm',
    type: 'Loại chủ thể',
    standard: 'Tiêu chuẩn chất lượng',
  },
  stars: (n: string) => `${n} sao`,
  more: 'Xem thêm kết quả',
  download: (n: number) => `Tải danh sách đã lọc (CSV, ${n} sản phẩm)`,
  downloading: (done: number, total: number) => `Đang chuẩn bị CSV… ${done}/${total}`,
  csvHeaders: {
    title: 'Tên sản phẩm',
    code: 'Mã sản phẩm',
    producer: 'Chủ thể',
    ptype: 'Loại chủ thể',
    province: 'Tỉnh, thành',
    stars: 'Hạng sao',
    until: 'Hiệu lực đến',
    decision: 'Số quyết định',
    issuer: 'Cơ quan công nhận',
    set: 'Bộ sản phẩm',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    web: 'Trang web',
    url: 'Đường dẫn',
  },
  hint: 'Gõ có dấu hoặc không dấu. Dùng phím mũi tên để chọn kết quả, Enter để mở.',
  quickSearchAll: (q: string) => `Xem tất cả kết quả cho “${q}”`,
};

export const searchPage = {
  searchTitle: 'Tìm kiếm sản phẩm OCOP',
  searchDescription: 'Tìm sản phẩm OCOP, chủ thể, điểm bán, hội chợ và câu chuyện sản phẩm, gõ có dấu hoặc không dấu.',
  // What the page says when JavaScript is off: a static page cannot read the
  // query from its address, so it says so and offers the static ways in.
  searchNoScriptTitle: 'Ô tìm kiếm cần JavaScript',
  searchNoScript:
    'Trình duyệt đang tắt JavaScript, nên trang này không đọc được từ khóa bạn vừa gõ. Bạn vẫn tìm được mọi sản phẩm còn hiệu lực theo những cách sau.',
  searchByName: 'Theo tên, từ A đến Z',
  searchByNameHint: 'Chọn chữ cái đầu của tên sản phẩm:',
  searchBrowse: 'Theo ngành, bộ sản phẩm, tỉnh hoặc hạng sao',
  browseCatalogue: 'Xem danh mục sản phẩm',
  browseProvinces: 'Xem theo tỉnh, thành phố',
};
