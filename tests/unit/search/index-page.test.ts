import { describe, expect, it } from 'vitest';
import { readIndexablePage, visibleText } from '../../../src/search/index/page.ts';

const record = { lang: 'vi', kind: 'product', title: 'Mật ong "rừng" & hoa', filters: { kind: ['product'] }, meta: { title: 'Mật ong' }, related: [] };
const attribute = JSON.stringify(record).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('reading a built page for the search index', () => {
  it('reads the record back from its escaped attribute and the text of main', () => {
    const html = `<html><body><header>Trang chủ</header><main id="main" data-search-body=""><h1>Mật ong</h1><div hidden data-search-ignore data-search-record="${attribute}"></div><p>Ngọt &amp; thơm</p></main><footer>Liên hệ</footer></body></html>`;
    const page = readIndexablePage(html)!;
    expect(page.record).toEqual(record);
    expect(page.body).toBe('Mật ong Ngọt & thơm');
  });

  it('skips pages whose main is not marked for search (withdrawn products, search pages)', () => {
    expect(readIndexablePage(`<main id="main"><div data-search-record="${attribute}"></div><p>x</p></main>`)).toBeNull();
  });

  it('leaves out ignored, hidden and script content and product grids, and keeps what follows them', () => {
    const html = [
      '<nav data-search-ignore>Trang chủ <a href="/">Sản phẩm</a></nav>',
      '<p>Cà phê<br>rang xay</p>',
      '<ul class="grid"><li><article><h3>Nước mắm</h3></article></li></ul>',
      '<ul class="facts"><li>Đắk Lắk</li></ul>',
      '<div hidden><span>ẩn</span></div>',
      '<script>const a = "<p>mã</p>";</script>',
      '<figure data-search-ignore><img src="x.png" alt="bản đồ"><div><div>bản đồ</div></div></figure>',
      '<p>Buôn <b>Ma</b> Thuột</p>',
    ].join('');
    expect(visibleText(html)).toBe('Cà phê rang xay Đắk Lắk Buôn Ma Thuột');
  });
});
