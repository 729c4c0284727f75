/**
 * The map's own labels in another language: countries, seas, context cities and airports, the
 * names that are not the story's (the story's places are translated with its words). Countries
 * are named by the platform's CLDR region names (`Intl.DisplayNames`), found by their ISO 3166
 * code (world-atlas gives the numeric code; i18n-iso-countries maps it to the two letters
 * `Intl` takes); every other label by `i18n/<lang>/map-names.json`, keyed by the English label as
 * the map draws it. A label with neither stays in English, and the build says how many did. Pure.
 */
import countryCodes from 'i18n-iso-countries';
import type { CountriesTopology } from './basemap.ts';
import type { StoryError } from './story-error.ts';

/** A language's names for the map's labels, in `i18n/<lang>/`. Not a translation set. */
export const MAP_NAMES_FILE = 'map-names.json';

/** English label → the language's, for every country of the atlas that CLDR names. */
export function countryNames(topology: CountriesTopology, lang: string): Map<string, string> {
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const out = new Map<string, string>();
  for (const g of topology.objects.countries.geometries) {
    const english = (g.properties as { name?: string } | undefined)?.name;
    const alpha2 = g.id === undefined ? undefined : countryCodes.numericToAlpha2(String(g.id));
    const name = alpha2 && regions.of(alpha2);
    if (english && name) out.set(english, name);
  }
  return out;
}

interface Named {
  properties: { name: string; kind: string };
}

/** The kinds of feature whose `name` the map writes on it (land and borders are not written). */
const LABELLED = new Set(['label', 'city', 'airport']);

/** The labels a collection writes on the map, as the English has them. */
export function labelsOf(collection: { features: readonly Named[] }): string[] {
  return collection.features.filter((f) => LABELLED.has(f.properties.kind)).map((f) => f.properties.name);
}

/** The collection with every label the language names renamed; the others as they were. */
export function renameLabels<C extends { features: readonly Named[] }>(
  collection: C,
  names: ReadonlyMap<string, string>,
): C {
  return {
    ...collection,
    features: collection.features.map((f) => {
      const name = LABELLED.has(f.properties.kind) ? names.get(f.properties.name) : undefined;
      return name === undefined ? f : { ...f, properties: { ...f.properties, name } };
    }),
  };
}

/**
 * Reads the `names` object of a language's map-names file (already parsed). A name that no label
 * of the map has, or that is not a non-empty string, is an error naming it: a label renamed in the
 * English would otherwise lose its translation without a word.
 */
export function readMapNames(
  file: string,
  raw: unknown,
  labels: ReadonlySet<string>,
  errors: StoryError[],
): Map<string, string> {
  const out = new Map<string, string>();
  const names = (raw as { names?: unknown } | undefined)?.names;
  if (typeof names !== 'object' || names === null || Array.isArray(names)) {
    errors.push({ file, item: 'names', message: 'expected an object of English label → name' });
    return out;
  }
  for (const [english, name] of Object.entries(names)) {
    if (typeof name !== 'string' || name.trim() === '')
      errors.push({ file, item: english, message: 'expected the name, a non-empty string' });
    else if (!labels.has(english))
      errors.push({
        file,
        item: english,
        message: 'no label of the map is written so: match the English label as drawn, or remove it',
      });
    else out.set(english, name);
  }
  return out;
}
