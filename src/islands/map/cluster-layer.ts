/**
 * Clustered markers with supercluster: only the clusters and points inside the
 * view are turned into DOM markers, so 5,000+ places stay smooth. Markers are
 * keyboard-focusable buttons with a name; a cluster zooms in when activated.
 */
import * as L from 'leaflet';
import Supercluster, { type AnyProps, type ClusterProperties } from 'supercluster';
import type { MapPoint } from '../../map/map-points.ts';
import type { MapScriptStrings } from './config.ts';

type Props = { point: MapPoint };

export class ClusterLayer {
  private readonly group = L.layerGroup();
  private index = new Supercluster<Props, AnyProps>({ radius: 80, maxZoom: 16 });
  private readonly map: L.Map;
  private readonly strings: MapScriptStrings;
  private readonly popup: (point: MapPoint) => HTMLElement;

  constructor(map: L.Map, strings: MapScriptStrings, popup: (point: MapPoint) => HTMLElement) {
    this.map = map;
    this.strings = strings;
    this.popup = popup;
    this.group.addTo(map);
    map.on('moveend', () => this.render());
  }

  setPoints(points: readonly MapPoint[]): void {
    this.index = new Supercluster<Props, AnyProps>({ radius: 80, maxZoom: 16 });
    this.index.load(points.map((point) => ({ type: 'Feature', properties: { point }, geometry: { type: 'Point', coordinates: [point.lon, point.lat] } })));
    this.render();
  }

  private render(): void {
    const b = this.map.getBounds();
    // Cluster for the zoom at or below the view's (it snaps to halves): markers kept apart
    // at that zoom are at least as far apart on screen, so none overlaps another.
    const zoom = Math.floor(this.map.getZoom());
    const features = this.index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom);
    this.group.clearLayers();
    for (const feature of features) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as Partial<ClusterProperties> & Partial<Props>;
      if (props.cluster && props.cluster_id !== undefined) {
        const count = props.point_count ?? 0;
        const clusterId = props.cluster_id;
        const label = this.strings.cluster(count);
        const icon = L.divIcon({ className: 'map-cluster', html: `<span aria-hidden="true">${count}</span>`, iconSize: [40, 40] });
        const marker = L.marker([lat, lon], { icon, title: label, keyboard: true });
        marker.on('click', () => this.map.flyTo([lat, lon], Math.min(this.index.getClusterExpansionZoom(clusterId), 18)));
        marker.on('add', () => {
          const el = marker.getElement();
          el?.setAttribute('aria-label', label);
          el?.setAttribute('data-count', String(count));
        });
        this.group.addLayer(marker);
      } else if (props.point) {
        const point = props.point;
        // The shape inside tells the kinds apart without colour (see the legend in MapPage.astro).
        const icon = L.divIcon({ className: `map-marker map-marker-${point.kind}`, html: '<span aria-hidden="true"></span>', iconSize: [24, 24] });
        const marker = L.marker([lat, lon], { icon, title: point.name, keyboard: true });
        marker.bindPopup(() => this.popup(point));
        marker.on('add', () => {
          const el = marker.getElement();
          el?.setAttribute('aria-label', `${point.name} (${this.strings.kind[point.kind]}${point.approximate ? `, ${this.strings.approximatePosition}` : ''})`);
          el?.setAttribute('data-id', point.id);
        });
        this.group.addLayer(marker);
      }
    }
  }
}
