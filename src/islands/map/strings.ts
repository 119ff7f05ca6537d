/** Words of the map script per language (the page's own words live in the page). */
import type { MapStrings } from './config.ts';

const vi: MapStrings = {
  loading: 'Đang tải các điểm…',
  count: (n) => `${n.toLocaleString('vi')} địa điểm trên bản đồ`,
  loadFailed: 'Không tải được dữ liệu bản đồ. Danh sách theo tỉnh bên dưới vẫn dùng được.',
  tilesFailed: 'Không tải được nền bản đồ. Các điểm và danh sách bên dưới vẫn dùng được.',
  locating: 'Đang xác định vị trí của bạn…',
  locateFailed: 'Không lấy được vị trí của bạn. Hãy chọn tỉnh hoặc dùng danh sách theo tỉnh.',
  nearbyFrom: 'Các điểm gần bạn nhất',
  youAreHere: 'Vị trí của bạn',
  cluster: (n) => `${n} địa điểm, phóng to để xem`,
  kind: { point: 'Điểm giới thiệu và bán sản phẩm', producer: 'Chủ thể OCOP' },
  km: (km) => `${km < 10 ? km.toFixed(1).replace('.', ',') : Math.round(km)} km`,
};

const en: MapStrings = {
  loading: 'Loading places…',
  count: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'place' : 'places'} on the map`,
  loadFailed: 'The map data could not load. The list by province below still works.',
  tilesFailed: 'The background map could not load. The places and the list below still work.',
  locating: 'Finding your position…',
  locateFailed: 'Your position is not available. Pick a province or use the list by province.',
  nearbyFrom: 'Places nearest to you',
  youAreHere: 'Your position',
  cluster: (n) => `${n} places, zoom in to see them`,
  kind: { point: 'Display and sales point', producer: 'OCOP producer' },
  km: (km) => `${km < 10 ? km.toFixed(1) : Math.round(km)} km`,
};

export const MAP_STRINGS = { vi, en };
