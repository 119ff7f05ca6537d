/**
 * The Vietnamese dictionary, the source: the page templates' words at the root
 * (`t(lang).siteName`), every other namespace under its name
 * (`t(lang).kinds.pages.story`, `t(lang).mapPage.mapTitle`). The English one is
 * typed from it (en/index.ts), so a string added here and forgotten there fails
 * the type check.
 */
import { site } from './site.ts';
import { pageKinds, placeKind, placeKinds } from './kinds.ts';
import { search, searchPage } from './search.ts';
import { map, mapPage } from './map.ts';
import { visit } from './visit.ts';
import { badge, shareCard } from './product-files.ts';
import { renewals } from './renewals.ts';
import { shelfCard } from './shelf-card.ts';
import { app, offline, offlinePage } from './offline.ts';

export const vi = {
  ...site,
  kinds: { pages: pageKinds, places: placeKinds, place: placeKind },
  search,
  searchPage,
  map,
  mapPage,
  visit,
  shareCard,
  badge,
  renewals,
  shelfCard,
  offline,
  offlinePage,
  app,
};

export type Dictionary = typeof vi;
