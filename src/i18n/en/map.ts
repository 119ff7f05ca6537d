/** The words of the maps in English, typed from the Vietnamese tables. */
import type { map as viMap, mapPage as viMapPage } from '../vi/map.ts';

export const map: typeof viMap = {
  loading: 'Loading places…',
  count: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'place' : 'places'} on the map`,
  loadFailed: 'The map data could not load. The list by province below still works.',
  tilesFailed: 'The background map could not load. The places and the list below still work.',
  locating: 'Finding your position…',
  locateFailed: 'Your position is not available. Pick a province or use the list by province.',
  nearbyFrom: 'Places nearest to you',
  nearbyStatus: (n, closest) => `${n} ${n === 1 ? 'place' : 'places'} nearest to you, the closest ${closest} away; the list is below the map`,
  youAreHere: 'Your position',
  cluster: (n) => `${n} places, zoom in to see them`,
  approximatePosition: 'Approximate position, within about 1 km',
  directions: 'Directions',
  km: (km) => `${km < 10 ? km.toFixed(1) : Math.round(km)} km`,
};

export const mapPage: typeof viMapPage = {
  mapTitle: 'Map of OCOP display points, producers and tourism places',
  mapDescription: 'A map of OCOP display and sales points, OCOP producers and OCOP tourism places, with a list by province.',
  mapIntro: 'The map is an extra: the full list by province is below.',
  skipMap: 'Skip the map, go to the list by province',
  mapFilters: 'Filter the map',
  kindLegend: 'Show',
  province: 'Province',
  sector: 'Sector',
  all: 'All',
  nearMe: 'Near me',
  mapRegion: 'Map',
  listTitle: 'List by province',
  placesIn: (n) => `${n} ${n === 1 ? 'place' : 'places'}`,
  noPlaces: 'No place has a map position yet.',
  nearbyTitle: 'Nearest to you',
  locationText: (lat, lon) => `Location: ${lat}, ${lon}`,
  openInOsm: 'View on OpenStreetMap',
  smallMapLabel: (label) => `Map showing where ${label} is`,
};
