/** The kinds of page and place in English, typed from the Vietnamese tables. */
import type { pageKinds as viPageKinds, placeKind as viPlaceKind, placeKinds as viPlaceKinds } from '../vi/kinds.ts';

export const pageKinds: typeof viPageKinds = {
  product: 'Products',
  producer: 'Producers',
  story: 'Stories',
  event: 'Fairs',
  point: 'Display points',
  province: 'Provinces',
};

export const placeKinds: typeof viPlaceKinds = {
  point: 'Display and sales points',
  producer: 'OCOP producers',
  tourism: 'OCOP tourism places',
};

export const placeKind: typeof viPlaceKind = {
  point: 'Display and sales point',
  producer: 'OCOP producer',
  tourism: 'OCOP tourism place',
};
