/** `/hoi-cho/feed.xml`: the Atom feed of upcoming fairs, in the route's language; entries are dated by their start day. */
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { escapeHtml } from '../../domain/html-text.ts';
import { getCatalogue, upcomingEvents } from '../../queries/catalogue.ts';
import { siteUrl } from '../../queries/site-url.ts';

export const GET: APIRoute = async ({ locals }) => {
  const { lang, t: d } = locals.route;
  const catalogue = await getCatalogue();
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
