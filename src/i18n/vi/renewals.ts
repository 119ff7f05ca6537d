/**
 * The words of the renewal pages and feeds (expiring soon, newly certified,
 * recently lapsed or revoked) and of the re-rating dates on product and producer
 * pages, in Vietnamese: `t(lang).renewals.title`.
 */
export const renewals = {
  title: 'Gia hạn và hết hiệu lực chứng nhận OCOP',
  crumb: 'Gia hạn và hết hiệu lực',
  provinceTitle: (province: string) => `Gia hạn và hết hiệu lực chứng nhận OCOP: ${province}`,
  description: (asOf: string) =>
    `Chứng nhận OCOP sắp hết hạn trong 180 ngày tới, mới công nhận và hết hiệu lực hoặc bị thu hồi trong 60 ngày qua, tính đến ngày ${asOf}.`,
  lead: (asOf: string) => `Tính đến ngày ${asOf}, theo sổ đăng ký OCOP của các tỉnh, thành phố.`,
  feed: 'Nguồn tin Atom của trang này',
  expiring: 'Sắp hết hạn',
  expiringIntro: 'Chứng nhận hết hạn trong 180 ngày tới. Chủ thể nộp hồ sơ đánh giá lại từ 180 đến 120 ngày trước ngày hết hạn (QĐ 26/2026/QĐ-TTg, Điều 7.6).',
  newlyCertified: 'Mới công nhận',
  newlyCertifiedIntro: 'Quyết định công nhận trong 60 ngày qua.',
  recentlyWithdrawn: 'Hết hiệu lực / thu hồi gần đây',
  recentlyWithdrawnIntro: 'Chứng nhận hết hiệu lực hoặc bị thu hồi trong 60 ngày qua: sản phẩm không còn được dùng nhãn OCOP có sao.',
  none: 'Không có chứng nhận nào.',
  more: (n: string) => `Và ${n} chứng nhận khác: xem trang của từng tỉnh, thành phố`,
  month: (year: number, month: number) => `Tháng ${month}/${year}`,
  expiresOn: (date: string) => `hết hạn ${date}`,
  fileBetween: (opens: string, closes: string) => `nộp hồ sơ đánh giá lại từ ${opens} đến ${closes}`,
  decided: (decision: string, date: string) => `quyết định ${decision} ngày ${date}`,
  because: {
    expired: (date: string) => `Hết hạn 36 tháng, không còn hiệu lực từ ${date}`,
    graceEnded: (date: string) => `Hết thời gian chờ kết quả đánh giá lại, không còn hiệu lực từ ${date}`,
    revoked: (date: string) => `Bị thu hồi ngày ${date}`,
  },
  byProvince: 'Theo tỉnh, thành phố',
  // The national page's list by province: only the lists that hold something
  provinceCounts: (expiring: number, added: number, withdrawn: number) =>
    [
      expiring && `${expiring.toLocaleString('vi')} sắp hết hạn`,
      added && `${added.toLocaleString('vi')} mới công nhận`,
      withdrawn && `${withdrawn.toLocaleString('vi')} hết hiệu lực`,
    ]
      .filter(Boolean)
      .join(', ') || 'không có',
  // Feed entries
  entryExpiring: (name: string, date: string) => `Sắp hết hạn: ${name} (${date})`,
  entryNew: (name: string) => `Mới công nhận: ${name}`,
  entryWithdrawn: {
    expired: (name: string) => `Hết hiệu lực: ${name}`,
    graceEnded: (name: string) => `Hết hiệu lực: ${name}`,
    revoked: (name: string) => `Thu hồi: ${name}`,
  },
  // Links from other pages
  provinceLink: 'Chứng nhận sắp hết hạn, mới công nhận và hết hiệu lực',
  openDataFeeds: 'Nguồn tin Atom về chứng nhận sắp hết hạn, mới công nhận và hết hiệu lực: toàn quốc và từng tỉnh, thành phố.',
  // Product and producer pages, in a certificate's last 180 days
  reratingOpen: (opens: string, closes: string) =>
    `Hồ sơ đánh giá lại nên nộp từ ${opens} đến ${closes} (180 đến 120 ngày trước ngày hết hạn, QĐ 26/2026/QĐ-TTg, Điều 7.6).`,
  reratingClosed: (opens: string, closes: string) =>
    `Thời gian nộp hồ sơ đánh giá lại (từ ${opens} đến ${closes}, QĐ 26/2026/QĐ-TTg, Điều 7.6) đã qua; chủ thể cần liên hệ cơ quan công nhận.`,
  producerDue: 'Đánh giá lại sắp đến hạn',
  producerDueIntro: 'Chứng nhận của các sản phẩm này hết hạn trong 180 ngày tới. Hồ sơ đánh giá lại nộp từ 180 đến 120 ngày trước ngày hết hạn.',
  filed: 'Đã nộp hồ sơ đánh giá lại',
  windowClosed: 'đã quá hạn nộp',
};
