/**
 * The map script's words in both languages: its own namespace, with the name of
 * one place of each kind (`kind`) from the kinds namespace. A module of its own,
 * so the search islands' bundles carry none of it (see search.ts beside it).
 */
import type { Lang } from '../langs.ts';
import { map as viMap } from '../vi/map.ts';
import { map as enMap } from '../en/map.ts';
import { placeKind as viPlaceKind } from '../vi/kinds.ts';
import { placeKind as enPlaceKind } from '../en/kinds.ts';

export type MapStrings = typeof viMap & { kind: typeof viPlaceKind };

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  vi: { ...viMap, kind: viPlaceKind },
  en: { ...enMap, kind: enPlaceKind },
};
