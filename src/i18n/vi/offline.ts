/**
 * Reading the site offline, in Vietnamese: `offline` is what the service worker
 * and the offline page's script say (the banner on a saved page, the list of
 * saved pages), `offlinePage` the offline page's own text, `app` the installed
 * app's names (the web app manifest).
 */
export const offline = {
  /** The banner on a page read from the device, with the day it was saved (dd/mm/yyyy). */
  savedOn: (date: string) => `Đã lưu ngày ${date}.`,
  savedStale: 'Bạn đang xem bản lưu trên máy: số sao và chứng nhận có thể đã thay đổi kể từ ngày đó. Hãy kiểm tra lại khi có mạng.',
  savedPagesTitle: 'Các trang đã lưu trên máy này',
  savedPageDate: (date: string) => `lưu ngày ${date}`,
  noSavedPages: 'Chưa có trang nào được lưu trên máy này.',
};

export const offlinePage = {
  title: 'Không có kết nối mạng',
  description: 'Trang bạn mở chưa được lưu trên máy này. Các trang đã mở khi có mạng vẫn đọc được khi ngoại tuyến.',
  intro: 'Trang bạn vừa mở chưa được lưu trên máy này, nên cần có mạng để xem.',
  howItWorks:
    'Mỗi trang bạn đã mở khi có mạng được lưu lại trên máy và vẫn đọc được khi ngoại tuyến, kèm ngày lưu. Số sao và chứng nhận trên bản lưu có thể đã cũ: hãy tra cứu lại khi có mạng.',
  placesTitle: 'Điểm bán và địa điểm',
  placesText: 'Nếu bạn đã mở bản đồ khi có mạng, danh sách địa điểm và nút “Gần tôi” vẫn dùng được:',
  mapList: 'Danh sách địa điểm trên bản đồ',
  pointsList: 'Các điểm trưng bày và bán sản phẩm',
  tryAgain: 'Khi có mạng trở lại, hãy tải lại trang.',
};

export const app = {
  /** Under the icon on a phone's home screen: a dozen letters at most. */
  shortName: 'OCOP Việt Nam',
};
