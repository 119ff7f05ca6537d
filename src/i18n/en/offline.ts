/** Reading the site offline, in English (the Vietnamese module types it and says what each part is). */
import type { app as viApp, offline as viOffline, offlinePage as viOfflinePage } from '../vi/offline.ts';

export const offline: typeof viOffline = {
  savedOn: (date) => `Saved on ${date}.`,
  savedStale: 'You are reading a copy saved on this device: stars and certificates may have changed since. Check again when you are online.',
  savedPagesTitle: 'Pages saved on this device',
  savedPageDate: (date) => `saved on ${date}`,
  noSavedPages: 'No page has been saved on this device yet.',
};

export const offlinePage: typeof viOfflinePage = {
  title: 'You are offline',
  description: 'The page you opened is not saved on this device. Pages you opened while online can still be read offline.',
  intro: 'The page you opened has not been saved on this device, so it needs a connection.',
  howItWorks:
    'Every page you open while online is saved on this device and can be read offline, with the day it was saved. Stars and certificates on a saved copy may be out of date: check again when you are online.',
  placesTitle: 'Sales points and places',
  placesText: 'If you opened the map while online, its list of places and “Near me” still work:',
  mapList: 'The list of places on the map',
  pointsList: 'Display and sales points',
  tryAgain: 'When you are back online, reload the page.',
};

export const app: typeof viApp = {
  shortName: 'OCOP Vietnam',
};
