import { type Map as MapLibreMap, ScaleControl } from 'maplibre-gl';

/**
 * The map's credits, as the data's licences ask: OpenStreetMap (ODbL) for the detailed coast,
 * Natural Earth (public domain, credit welcomed) for land and borders, GeoNames (CC BY 4.0) for
 * the context cities. Plain links, shown in MapLibre's attribution control.
 */
export const MAP_ATTRIBUTION = [
  '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a> (ODbL)',
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
];

/** A metric scale bar, bottom left (the attribution sits bottom right). */
export function addMapControls(map: MapLibreMap): void {
  map.addControl(new ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-left');
}
