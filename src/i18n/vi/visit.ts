/**
 * The words of a tourism product's page (sector VI): a place to visit, not goods
 * on a shelf. The page template keeps its own words for every other product.
 */
export const visit = {
  title: 'Đến tham quan',
  noPosition: 'Sổ đăng ký chưa có tọa độ của điểm này: chỉ đường theo địa chỉ.',
  directions: 'Chỉ đường (Google Maps)',
  openInApp: 'Mở trong ứng dụng bản đồ (Android)',
  bookOnline: 'Đặt dịch vụ trực tuyến',
  qrNote: 'In mã này lên biển hoặc tờ giới thiệu tại điểm đến: quét mã để mở trang này.',
};
