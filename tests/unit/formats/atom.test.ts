import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, latestUpdated, type AtomEntry } from '../../../src/formats/atom.ts';

const entry = (id: string, updated: string): AtomEntry => ({
  id: `https://ocop.example.vn/san-pham/${id}/`,
  title: id,
  url: `https://ocop.example.vn/san-pham/${id}/`,
  updated,
  summary: id,
});
const feed = (entries: AtomEntry[]) =>
  atomFeed({
    selfUrl: 'https://ocop.example.vn/gia-han/feed.xml',
    pageUrl: 'https://ocop.example.vn/gia-han/',
    lang: 'vi',
    title: 'Gia hạn & hết hiệu lực',
    author: 'Danh mục OCOP',
    updated: latestUpdated(entries, '2026-11-23'),
    entries,
  });

describe('Atom feeds', () => {
  it('dates a feed by its latest entry, or by the fallback when it has none', () => {
    expect(latestUpdated([entry('a', '2026-10-01'), entry('b', '2026-11-02'), entry('c', '2026-09-30')], '2026-11-23')).toBe('2026-11-02');
    expect(latestUpdated([], '2026-11-23')).toBe('2026-11-23');
  });

  it('writes the elements Atom requires: id, title, updated, author, and self and alternate links', () => {
    const xml = feed([entry('a', '2026-11-02')]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain('<id>https://ocop.example.vn/gia-han/feed.xml</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://ocop.example.vn/gia-han/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://ocop.example.vn/gia-han/"/>');
    expect(xml).toContain('<author><name>Danh mục OCOP</name></author>');
    expect(xml.match(/<updated>[^<]+<\/updated>/g)).toEqual([`<updated>${atomDate('2026-11-02')}</updated>`, `<updated>${atomDate('2026-11-02')}</updated>`]);
  });

  it('escapes text and attributes', () => {
    const xml = feed([{ ...entry('a', '2026-11-02'), title: 'Mắm <tôm> & "ruốc"', category: { term: 'new', label: 'Mới & "gần đây"' } }]);
    expect(xml).toContain('<title>Gia hạn &amp; hết hiệu lực</title>');
    expect(xml).toContain('<title>Mắm &lt;tôm&gt; &amp; &quot;ruốc&quot;</title>');
    expect(xml).toContain('label="Mới &amp; &quot;gần đây&quot;"');
  });

  it('writes a Vietnam day as midnight in Vietnam', () => {
    expect(atomDate('2026-11-23')).toBe('2026-11-23T00:00:00+07:00');
  });
});
