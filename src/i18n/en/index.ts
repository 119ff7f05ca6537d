/** The English dictionary: the same namespaces as the Vietnamese one, which types it. */
import type { Dictionary } from '../vi/index.ts';
import { site } from './site.ts';
import { pageKinds, placeKind, placeKinds } from './kinds.ts';
import { search, searchPage } from './search.ts';
import { map, mapPage } from './map.ts';
import { visit } from './visit.ts';
import { badge, shareCard } from './product-files.ts';
import { renewals } from './renewals.ts';
import { shelfCard } from './shelf-card.ts';
import { app, offline, offlinePage } from './offline.ts';

export const en: Dictionary = {
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
