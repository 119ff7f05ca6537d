/**
 * The words of the files drawn per product: the share card (1200×630, what a
 * shared link shows) and the live verification badge (a small SVG a producer
 * embeds on a shop page), and the badge's embed snippet on the product page.
 */
export const shareCard = {
  validUntil: (date: string) => `Còn hiệu lực đến ${date}`,
  underRerating: 'Đang đánh giá lại',
  withdrawn: 'Không còn chứng nhận OCOP',
  expiredSince: (date: string) => `Hết hiệu lực từ ${date}`,
  revokedOn: (date: string | null) => (date ? `Đã thu hồi ngày ${date}` : 'Đã thu hồi'),
  alt: (name: string) => `Thẻ giới thiệu sản phẩm ${name}`,
};

export const badge = {
  valid: (date: string) => `còn hiệu lực đến ${date}`,
  validUnderRerating: (date: string) => `còn hiệu lực đến ${date}, đang đánh giá lại`,
  pending: (date: string) => `đang đánh giá lại, giữ sao đến ${date}`,
  expired: (date: string) => `hết hiệu lực từ ${date}`,
  revoked: (date: string | null) => (date ? `đã thu hồi ngày ${date}` : 'đã thu hồi'),
  /** A product whose row left the registry's export: no page any more, no certificate to vouch for. */
  removed: 'không còn trong danh mục',
  title: (name: string, stars: string, status: string) => `Chứng nhận OCOP của ${name}: ${stars}${status}`,
  embedTitle: 'Huy hiệu xác thực OCOP cho trang của bạn',
  embedIntro:
    'Dán đoạn mã này vào trang web hoặc gian hàng của bạn. Huy hiệu được cập nhật mỗi đêm: khi chứng nhận hết hạn hay bị thu hồi, huy hiệu sẽ nói rõ.',
  embedHtml: 'HTML',
  embedMarkdown: 'Markdown',
  embedAlt: (name: string) => `Chứng nhận OCOP của ${name}: kiểm tra tại trang tra cứu`,
};
