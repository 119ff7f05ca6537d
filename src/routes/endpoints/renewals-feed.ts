/**
 * `/gia-han/feed.xml` and `/gia-han/<province>/feed.xml`: the Atom feed of a
 * renewal page, in the route's language. Every entry is dated by the day of the
 * fact that put it in its list (src/domain/renewal.ts), never a day after the
 * build; the feed by its latest entry. It carries the latest `FEED_LIMIT` changes.
 */
import type { APIRoute } from 'astro';
import { routes } from '../../i18n/routes.ts';
import type { Dictionary } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/langs.ts';
import { formatDate } from '../../i18n/format.ts';
import { getCatalogue } from '../../queries/catalogue.ts';
import { province, provinceName } from '../../queries/provinces.ts';
import { FEED_LIMIT, renewalIndex, type RenewalItem } from '../../queries/renewals.ts';
import { siteUrl } from '../../queries/site-url.ts';
import { atomFeed, atomResponse, latestUpdated, type AtomEntry } from '../../formats/atom.ts';
import { renewalFeedPaths } from '../paths.ts';

// The national feed's route has no parameter, so Astro asks this only for the provinces' feeds.
export const getStaticPaths = renewalFeedPaths;

function entryOf({ view, entry }: RenewalItem, lang: Lang, d: Dictionary): AtomEntry {
  const { product, producer } = view;
  const url = siteUrl(routes.product(lang, product.id));
  const where = [producer?.name, provinceName(product.address.provinceCode, lang)].filter(Boolean).join(', ');
  const date = (day: string) => formatDate(lang, day);
  const r = d.renewals;
  // One id per product, list and date: a certificate re-rated and expiring again is a new entry.
  const id = (day: string) => `${url}#${entry.list}-${day}`;
  switch (entry.list) {
    case 'expiring': {
      const filing = entry.stage === 'filed' ? r.filed : r.fileBetween(date(entry.opens), date(entry.closes));
      const late = entry.stage === 'closed' ? ` (${r.windowClosed})` : '';
      return {
        id: id(entry.expiresOn),
        title: r.entryExpiring(product.name, date(entry.expiresOn)),
        url,
        updated: entry.changed,
        summary: `${d.starsLong(product.certificate.stars)}, ${where}: ${r.expiresOn(date(entry.expiresOn))}; ${filing}${late}.`,
        category: { term: entry.list, label: r.expiring },
      };
    }
    case 'newlyCertified':
      return {
        id: id(entry.decisionDate),
        title: r.entryNew(product.name),
        url,
        updated: entry.changed,
        summary: `${d.starsLong(product.certificate.stars)}, ${where}: ${r.decided(product.certificate.decisionNumber, date(entry.decisionDate))}.`,
        category: { term: entry.list, label: r.newlyCertified },
      };
    case 'recentlyWithdrawn': {
      const reason = entry.because === 'revoked' ? product.certificate.revocationReason : undefined;
      return {
        id: id(entry.since),
        title: r.entryWithdrawn[entry.because](product.name),
        url,
        updated: entry.changed,
        summary: [`${where}.`, `${r.because[entry.because](date(entry.since))}.`, ...(reason ? [`${d.revocationReason}: ${reason}.`] : [])].join(' '),
        category: { term: entry.list, label: r.recentlyWithdrawn },
      };
    }
  }
}

export const GET: APIRoute = async ({ locals, props }) => {
  const { lang, t: d } = locals.route;
  const code = (props as { code?: string }).code;
  const catalogue = await getCatalogue();
  const index = renewalIndex(catalogue);
  const lists = code ? index.byProvince(code) : index.national;
  const name = code ? province(code).name : undefined;
  const entries = lists.changes.slice(0, FEED_LIMIT).map((item) => entryOf(item, lang, d));
  return atomResponse(
    atomFeed({
      selfUrl: siteUrl(routes.renewalsFeed(lang, name)),
      pageUrl: siteUrl(routes.renewals(lang, name)),
      lang,
      title: code ? d.renewals.provinceTitle(provinceName(code, lang)) : d.renewals.title,
      author: d.siteName,
      // An empty feed has no entry to date it by: the build date, which is never in the future.
      updated: latestUpdated(entries, catalogue.buildDate),
      entries,
    }),
  );
};
