/**
 * The words of the maps, in Vietnamese: `map` for the map page's script in the
 * browser, `mapPage` for what the map page and the small map of a place render
 * on the server. Two tables, so the script's bundle carries only its own. The
 * kinds of place are named in kinds.ts.
 */

export const map = {
  loading: 'Đang tải các điểm…',
  count: (n: number) => `${n.toLocaleString('vi')} địa điểm trên bản đồ`,
  loadFailed: 'Không tải được dữ liệu bản đồ. Danh sách theo tỉnh bên dưới vẫn dùng được.',
  tilesFailed: 'Không tải được nền bản đồ. Các điểm và danh sách bên dưới vẫn dùng được.',
  locating: 'Đang xác định vị trí của bạn…',
  locateFailed: 'Không lấy được vị trí của bạn. Hãy chọn tỉnh hoặc dùng danh sách theo tỉnh.',
  nearbyFrom: 'Các điểm gần bạn nhất',
  nearbyStatus: (n: number, closest: string) => `${n} địa điểm gần bạn nhất, gần nhất cách ${closest}; danh sách ở dưới bản đồ`,
  youAreHere: 'Vị trí của bạn',
  cluster: (n: number) => `${n} địa điểm, phóng to để xem`,
  approximatePosition: 'Vị trí gần đúng, sai lệch khoảng 1 km',
  directions: 'Chỉ đường',
  km: (km: number) => `${km < 10 ? km.toFixed(1).replace('.', ',') : Math.round(km)} km`,
};

export const mapPage = {
  mapTitle: 'Bản đồ điểm bán, chủ thể và điểm du lịch OCOP',
  mapDescription: 'Bản đồ các điểm giới thiệu và bán sản phẩm OCOP, các chủ thể OCOP và các điểm du lịch OCOP, kèm danh sách theo tỉnh.',
  mapIntro: 'Bản đồ chỉ là phần bổ sung: danh sách đầy đủ theo tỉnh ở bên dưới.',
  skipMap: 'Bỏ qua bản đồ, đến danh sách theo tỉnh',
  mapFilters: 'Lọc bản đồ',
  kindLegend: 'Hiển thị',
  province: 'Tỉnh, thành',
  sector: 'Ngành',
  all: 'Tất cả',
  nearMe: 'Gần tôi',
  mapRegion: 'Bản đồ',
  listTitle: 'Danh sách theo tỉnh',
  placesIn: (n: number) => `${n} địa điểm`,
  noPlaces: 'Chưa có địa điểm nào có vị trí trên bản đồ.',
  nearbyTitle: 'Gần bạn nhất',
  // The small map on the pages of a producer, a display point or a fair
  locationText: (lat: string, lon: string) => `Vị trí: ${lat}, ${lon}`,
  openInOsm: 'Xem trên OpenStreetMap',
  smallMapLabel: (label: string) => `Bản đồ vị trí của ${label}`,
};
