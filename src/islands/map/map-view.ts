/**
 * The map page's script (plain TypeScript, no framework, to keep the page under
 * its JavaScript budget). It enhances a server-rendered page whose list of
 * places by province already works without it: it loads the points data, draws
 * clustered markers over the configured tiles, filters by kind, province and
 * sector, and sorts places by distance from the visitor when asked: display
 * points, producers and tourism places together, as the filters leave them.
 */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { escapeHtml } from '../../domain/html-text.ts';
import { directionsLinks } from '../../domain/tourism.ts';
import { nearest } from '../../map/geo.ts';
import { decodeMapPoints, filterMapPoints, MAP_KINDS, type MapFilter, type MapKind, type MapPoint, type MapPointsFile } from '../../map/map-points.ts';
import { MAP_STRINGS } from '../../i18n/islands/map.ts';
import { ClusterLayer } from './cluster-layer.ts';
import type { MapPageConfig, MapScriptStrings } from './config.ts';

const VIETNAM: L.LatLngBoundsExpression = [
  [8.3, 102.1],
  [23.4, 109.6],
];
const NEARBY_COUNT = 10;

export async function mountMap(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset.config ?? '{}') as MapPageConfig;
  const t: MapScriptStrings = MAP_STRINGS[config.lang];
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const status = $<HTMLElement>('[data-map-status]');
  const form = $<HTMLFormElement>('[data-map-filters]');
  status.textContent = t.loading;

  const map = L.map($<HTMLElement>('[data-map-canvas]'), { zoomSnap: 0.5, attributionControl: true }).fitBounds(VIETNAM);
  const attribution = `<a href="${escapeHtml(config.tiles.attributionUrl)}">${escapeHtml(config.tiles.attribution)}</a>`;
  const tiles = L.tileLayer(config.tiles.url, { maxZoom: config.tiles.maxZoom, attribution });
  // Tiles are decoration: when they fail, say so once; points and the list keep working.
  tiles.once('tileerror', () => {
    const notice = $<HTMLElement>('[data-tile-notice]');
    notice.textContent = t.tilesFailed;
    notice.hidden = false;
  });
  tiles.addTo(map);
  const layer = new ClusterLayer(map, t, (point) => popupFor(point, config, t));

  let points: MapPoint[];
  try {
    const response = await fetch(config.dataUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    points = decodeMapPoints((await response.json()) as MapPointsFile);
  } catch {
    status.textContent = t.loadFailed;
    return;
  }

  let shown: MapPoint[] = [];
  let here: { lat: number; lon: number } | null = null;
  const apply = () => {
    shown = filterMapPoints(points, readFilter(form));
    layer.setPoints(shown);
    status.textContent = t.count(shown.length);
    if (here) showNearby(root, shown, here, config, t);
  };
  form.addEventListener('change', apply);
  apply();

  const hereMarker = L.circleMarker([0, 0], { radius: 8, color: '#0b5394', weight: 3, fillOpacity: 0.4 });
  $<HTMLButtonElement>('[data-near-me]').addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status.textContent = t.locateFailed;
      return;
    }
    status.textContent = t.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        here = { lat: position.coords.latitude, lon: position.coords.longitude };
        hereMarker.setLatLng([here.lat, here.lon]).bindTooltip(t.youAreHere).addTo(map);
        const near = showNearby(root, shown, here, config, t);
        // Show the visitor and the places nearest to them together, not a view holding only "you".
        const view = L.latLngBounds([[here.lat, here.lon], ...near.map(({ item }): L.LatLngTuple => [item.lat, item.lon])]);
        map.fitBounds(view, { padding: [32, 32], maxZoom: 14 });
        status.textContent = near.length > 0 ? t.nearbyStatus(near.length, t.km(near[0]!.km)) : t.count(shown.length);
        // The list sits below the map: take the visitor there, as a keyboard or screen reader user would need.
        if (near.length > 0) root.querySelector<HTMLElement>('[data-nearby] h2')?.focus();
      },
      () => {
        status.textContent = t.locateFailed;
      },
      { timeout: 15000, maximumAge: 60000 },
    );
  });
}

function readFilter(form: HTMLFormElement): MapFilter {
  const data = new FormData(form);
  const kinds = data.getAll('kind').filter((k): k is MapKind => MAP_KINDS.includes(k as MapKind));
  return { kinds, province: String(data.get('province') ?? ''), sector: String(data.get('sector') ?? '') };
}

function pageUrl(point: MapPoint, config: MapPageConfig): string {
  return `${config.pageBase[point.kind]}${encodeURIComponent(point.id)}/`;
}

function popupFor(point: MapPoint, config: MapPageConfig, t: MapScriptStrings): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = pageUrl(point, config);
  link.textContent = point.name;
  const facts = document.createElement('p');
  facts.textContent = `${t.kind[point.kind]} · ${config.provinces[point.provinceCode] ?? ''}`;
  box.append(link, facts);
  // A rounded position is said to be one, so no visitor walks to a stranger's door.
  if (point.approximate) {
    const note = document.createElement('p');
    note.textContent = t.approximatePosition;
    box.append(note);
  }
  // A tourism place is somewhere to go: directions straight from the popup.
  if (point.kind === 'tourism') {
    const way = document.createElement('a');
    way.href = directionsLinks({ name: point.name, location: { lat: point.lat, lon: point.lon }, address: '' }).directions;
    way.rel = 'noopener noreferrer';
    way.textContent = t.directions;
    box.append(way);
  }
  return box;
}

/** The list "nearest to you", closest first, replacing any earlier one; returns what it lists. */
function showNearby(
  root: HTMLElement,
  shown: readonly MapPoint[],
  here: { lat: number; lon: number },
  config: MapPageConfig,
  t: MapScriptStrings,
): Array<{ item: MapPoint; km: number }> {
  const section = root.querySelector<HTMLElement>('[data-nearby]')!;
  const list = section.querySelector('ol')!;
  const near = nearest(shown, here, NEARBY_COUNT);
  list.replaceChildren(
    ...near.map(({ item, km }) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = pageUrl(item, config);
      link.textContent = item.name;
      const key = document.createElement('span');
      key.className = `map-key map-key-${item.kind}`;
      key.setAttribute('aria-hidden', 'true');
      key.append(document.createElement('span'));
      li.append(key, link, ` · ${t.kind[item.kind]} · ${config.provinces[item.provinceCode] ?? ''} · ${t.km(km)}`);
      li.dataset.km = km.toFixed(3);
      li.dataset.kind = item.kind;
      return li;
    }),
  );
  section.hidden = false;
  return near;
}
