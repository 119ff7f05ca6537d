/** `/hoi-cho/feed.xml`: the Atom feed of upcoming fairs, in the route's language; entries are dated by their start day. */
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { getCatalogue, upcomingEvents } from '../../queries/catalogue.ts';
import { siteUrl } from '../../queries/site-url.ts';
import { atomFeed, atomResponse } from '../../formats/atom.ts';

export const GET: APIRoute = async ({ locals }) => {
  const { lang, t: d } = locals.route;
  const catalogue = await getCatalogue();
  const entries = upcomingEvents(catalogue).map((event) => {
    const url = siteUrl(routes.event(lang, event.id));
    return { id: url, title: event.data.title[lang], url, updated: event.data.startDate, summary: event.data.summary[lang] };
  });
  return atomResponse(
    atomFeed({
      selfUrl: siteUrl(routes.eventsFeed(lang)),
      pageUrl: siteUrl(routes.events(lang)),
      lang,
      title: d.eventsTitle,
      author: d.siteName,
      updated: catalogue.buildDate,
      entries,
    }),
  );
};
