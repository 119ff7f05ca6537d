/** `/hoi-cho/<id>.ics`: the calendar file of one fair, in the route's language. */
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import { currentAddress } from '../../queries/addresses.ts';
import { getCatalogue } from '../../queries/catalogue.ts';
import { eventToIcs } from '../../formats/ics.ts';
import { siteUrl } from '../../queries/site-url.ts';

export async function getStaticPaths() {
  const catalogue = await getCatalogue();
  return catalogue.events.map((event) => ({ params: { id: event.id }, props: { event } }));
}

export const GET: APIRoute = async ({ params, locals }) => {
  const { lang, t: d } = locals.route;
  const catalogue = await getCatalogue();
  const event = catalogue.events.find((e) => e.id === params.id)!;
  const e = event.data;
  const hours = e.opens && e.closes ? `\n${d.openingTimes(e.opens, e.closes)}` : '';
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
