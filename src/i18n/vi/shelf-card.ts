/**
 * The words of the printable shelf cards, in Vietnamese: what the card itself
 * prints (drawn by src/images/shelf-card.ts, given these words by
 * src/pipeline/shelf-cards.ts) and the links to it on the product and producer pages.
 */

export const shelfCard = {
  /** The line above the product's name. */
  kicker: 'Sản phẩm OCOP',
  decisionNumber: 'Số quyết định công nhận',
  validUntil: 'Chứng nhận còn hiệu lực đến',
  province: 'Tỉnh, thành phố',
  /** Beside the QR code: what scanning it shows, and where. */
  scan: (host: string) => `Quét mã để kiểm tra chứng nhận còn hiệu lực trên ${host}`,
  cardTitle: (name: string) => `Thẻ kệ hàng OCOP: ${name}`,
  sheetTitle: (producer: string) => `Thẻ kệ hàng OCOP của ${producer}`,
  // Links on the pages
  printCard: 'In thẻ kệ hàng',
  printCardNote: 'Tệp PDF khổ A6 (105 × 148 mm) có tên sản phẩm, hạng sao, số quyết định, ngày hết hiệu lực, tỉnh và mã QR.',
  printSheet: 'In tờ thẻ kệ hàng của chủ thể',
  printSheetNote: (n: number) => `Tệp PDF khổ A4, bốn thẻ A6 mỗi trang, có dấu cắt: một thẻ cho mỗi sản phẩm còn hiệu lực (${n}).`,
};
