/**
 * Atom 1.0 feeds (RFC 4287), shared by the fairs feed and the renewal feeds.
 * Dates are Vietnam days (`YYYY-MM-DD`), written as midnight in Vietnam.
 */
import { escapeHtml } from '../domain/html-text.ts';

export interface AtomEntry {
  /** A permanent IRI: the same for the same entry every night. */
  id: string;
  title: string;
  /** The page the entry is about. */
  url: string;
  /** The Vietnam day the entry last changed. */
  updated: string;
  summary: string;
  /** A scheme-free category, e.g. the list an entry belongs to. */
  category?: { term: string; label: string };
}

export interface AtomFeed {
  /** Absolute URL of the feed itself: its id and its `rel="self"` link. */
  selfUrl: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  lang: string;
  title: string;
  author: string;
  /** The Vietnam day the feed last changed. */
  updated: string;
  entries: readonly AtomEntry[];
}

/** `2026-11-23` → `2026-11-23T00:00:00+07:00`. */
export function atomDate(day: string): string {
  return `${day}T00:00:00+07:00`;
}

/** The latest `updated` of the entries, or `fallback` for a feed without entries. */
export function latestUpdated(entries: readonly AtomEntry[], fallback: string): string {
  // ISO days sort as text.
  return (
    entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? fallback
  );
}

function entryXml(entry: AtomEntry): string {
  const category = entry.category ? `\n    <category term="${escapeHtml(entry.category.term)}" label="${escapeHtml(entry.category.label)}"/>` : '';
  return `  <entry>
    <id>${escapeHtml(entry.id)}</id>
    <title>${escapeHtml(entry.title)}</title>
    <link rel="alternate" href="${escapeHtml(entry.url)}"/>
    <updated>${atomDate(entry.updated)}</updated>${category}
    <summary>${escapeHtml(entry.summary)}</summary>
  </entry>`;
}

/** The feed's XML document. */
export function atomFeed(feed: AtomFeed): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>${escapeHtml(feed.selfUrl)}</id>
  <title>${escapeHtml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(feed.pageUrl)}"/>
  <updated>${atomDate(feed.updated)}</updated>
  <author><name>${escapeHtml(feed.author)}</name></author>
${feed.entries.map(entryXml).join('\n')}
</feed>
`;
}

/** The HTTP response of a feed. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
