/** The calendar files and the feed of upcoming events, per language. */
import type { APIRoute } from 'astro';
import { t, type Lang } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import { escapeHtml } from '../domain/html-text.ts';
import { currentAddress } from '../queries/addresses.ts';
import { getCatalogue, upcomingEvents } from '../queries/catalogue.ts';
import { eventToIcs } from '../formats/ics.ts';
import { siteUrl } from '../queries/site-url.ts';

export async function icsPaths() {
  const catalogue = await getCatalogue();
  return catalogue.events.map((event) => ({ params: { id: event.id }, props: { event } }));
}

export function icsRoute(lang: Lang): APIRoute {
  return async ({ params }) => {
    const catalogue = await getCatalogue();
    const event = catalogue.events.find((e) => e.id === params.id)!;
    const e = event.data;
    const hours = e.opens && e.closes ? `\n${t(lang).openingTimes(e.opens, e.closes)}` : '';
    const body = eventToIcs({
      uid: `${event.id}@${new URL(import.meta.env.SITE).host}`,
      title: e.title[lang],
      description: `${e.summary[lang]}${hours}\n${siteUrl(routes.event(lang, event.id))}`,
      location: `${e.venue}, ${currentAddress(e.address, lang)}`,
      url: siteUrl(routes.event(lang, event.id)),
      startDate: e.startDate,
      endDate: e.endDate,
      stamp: catalogue.buildDate,
      geo: e.location,
    });
    return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
  };
}

/** Atom feed of upcoming events; entries are dated by their start day. */
export function feedRoute(lang: Lang): APIRoute {
  return async () => {
    const catalogue = await getCatalogue();
    const d = t(lang);
    const feedUrl = siteUrl(routes.eventsFeed(lang));
    const entries = upcomingEvents(catalogue).map((event) => {
      const url = siteUrl(routes.event(lang, event.id));
      return `  <entry>
    <id>${url}</id>
    <title>${escapeHtml(event.data.title[lang])}</title>
    <link rel="alternate" href="${url}"/>
    <updated>${event.data.startDate}T00:00:00+07:00</updated>
    <summary>${escapeHtml(event.data.summary[lang])}</summary>
  </entry>`;
    });
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${feedUrl}</id>
  <title>${escapeHtml(d.eventsTitle)}</title>
  <link rel="self" href="${feedUrl}"/>
  <link rel="alternate" href="${siteUrl(routes.events(lang))}"/>
  <updated>${catalogue.buildDate}T00:00:00+07:00</updated>
  <author><name>${escapeHtml(d.siteName)}</name></author>
${entries.join('\n')}
</feed>
`;
    return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  };
}
