/**
 * A small, still map of one place (producer, display point, fair). It is an
 * illustration beside an address that is already written on the page, so it
 * takes no focus and no gestures; the figure's caption carries the attribution
 * and a link to a full map.
 */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import type { TileConfig } from '../../map/map-config.ts';

export function mountSmallMap(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('[data-small-map-canvas]');
  const lat = Number(figure.dataset.lat);
  const lon = Number(figure.dataset.lon);
  if (!canvas || !Number.isFinite(lat) || !Number.isFinite(lon)) return;
  const tiles = JSON.parse(figure.dataset.tiles ?? '{}') as TileConfig;
  canvas.hidden = false;
  const map = L.map(canvas, {
    zoomControl: false,
    attributionControl: false,
    dragging: false,
    keyboard: false,
    scrollWheelZoom: false,
    doubleClickZoom: false,
    boxZoom: false,
    touchZoom: false,
  }).setView([lat, lon], 14);
  L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom }).addTo(map);
  L.circleMarker([lat, lon], { radius: 9, color: '#a33a12', weight: 3, fillOpacity: 0.5, interactive: false }).addTo(map);
}
