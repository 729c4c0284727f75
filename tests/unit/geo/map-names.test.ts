import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../../geo/build/basemap.ts';
import { listLanguageFiles } from '../../../geo/build/main.ts';
import { buildMapContext } from '../../../geo/build/map-context.ts';
import { countryNames, readMapNames, renameLabels } from '../../../geo/build/map-names.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import { formatError, type StoryError } from '../../../geo/build/story-error.ts';
import type { LocatorFile } from '../../../geo/locator-frame.ts';
import type { BasemapCollection } from '../../../geo/schema.ts';
import { testStoryCopies } from './test-story-copies.ts';

const copies = testStoryCopies('map-names-');
const atlas110 = createRequire(import.meta.url)('world-atlas/countries-110m.json') as CountriesTopology;

const point = (name: string, kind: string) => ({
  type: 'Feature' as const,
  properties: { name, kind },
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
});

describe('the map’s labels in another language', () => {
  it('names the countries as CLDR does in the language, by their ISO code', () => {
    const ru = countryNames(atlas110, 'ru');
    expect(ru.get('Russia')).toBe('Россия');
    expect(ru.get('Kazakhstan')).toBe('Казахстан');
    expect(ru.get('Azerbaijan')).toBe('Азербайджан');
    expect(countryNames(atlas110, 'de').get('Georgia')).toBe('Georgien');
  });

  it('renames the labels only: land and borders keep their English names, which the checks use', () => {
    const c = { features: [point('Russia', 'label'), point('Russia', 'land'), point('Derbent', 'city')] };
    const names = new Map([
      ['Russia', 'Россия'],
      ['Derbent', 'Дербент'],
    ]);
    expect(renameLabels(c, names).features.map((f) => f.properties.name)).toEqual([
      'Россия',
      'Russia',
      'Дербент',
    ]);
  });

  it('names the file and label at fault: a name no label has, or an empty one', () => {
    const errors: StoryError[] = [];
    const names = readMapNames(
      'i18n/ru/map-names.json',
      { names: { 'Caspian Sea': 'Каспийское море', 'Caspain Sea': 'Каспийское море', Derbent: ' ' } },
      new Set(['Caspian Sea', 'Derbent']),
      errors,
    );
    expect([...names]).toEqual([['Caspian Sea', 'Каспийское море']]);
    expect(errors.map(formatError)).toEqual([
      'i18n/ru/map-names.json › Caspain Sea: no label of the map is written so: match the English label as drawn, or remove it',
      'i18n/ru/map-names.json › Derbent: expected the name, a non-empty string',
    ]);
  });

  it('writes each language’s copy of the labelled files, the locator’s words too, and lists them', () => {
    const dir = copies.copy();
    mkdirSync(join(dir, 'i18n/ru'), { recursive: true });
    const file = { by: 'Written by an engineer for a test.', names: { 'Grey Sound': 'Серый пролив' } };
    writeFileSync(join(dir, 'i18n/ru/map-names.json'), JSON.stringify(file));
    writeFileSync(join(dir, 'world.json'), JSON.stringify({ labels: [{ name: 'Norway', lng: 9, lat: 61 }] }));
    const { story } = readStory(dir);
    const basemap: BasemapCollection = { type: 'FeatureCollection', features: [] };
    basemap.features.push({
      ...point('Grey Sound', 'label'),
      properties: { name: 'Grey Sound', kind: 'label' },
    });
    const r = buildMapContext(dir, story.places, story.basemap.bbox, story.basemap.labels, {
      basemap,
      langs: ['ru'],
    });
    expect(r.errors).toEqual([]);
    const out = (path: string) => JSON.parse(String(r.files.find((f) => f.path === path)?.content));
    expect(out('ru/basemap.geojson').features[0].properties.name).toBe('Серый пролив');
    const labels = (path: string) =>
      out(path)
        .features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'label')
        .map((f: { properties: { name: string } }) => f.properties.name);
    expect(labels('world.geojson')).toContain('Norway');
    expect(labels('ru/world.geojson')).toContain('Норвегия');
    expect(labels('ru/world.geojson')).toHaveLength(labels('world.geojson').length);
    const locator = out('ru/locator.json') as LocatorFile;
    expect(locator.countries).toContain('Дания');
    expect(r.notes).toContain('ru: 2 of 2 map labels in the language');

    const index = {
      path: 'languages.json',
      content: JSON.stringify({
        source: 'en',
        languages: [{ lang: 'ru', files: ['story.json'], fields: 1, translated: 1 }],
      }),
    };
    const listed = listLanguageFiles([{ path: 'ru/story.json', content: '' }, ...r.files, index]);
    const files = JSON.parse(String(listed.find((f) => f.path === 'languages.json')?.content)).languages[0]
      .files;
    expect(files).toEqual([
      'basemap.geojson',
      'context-places.geojson',
      'locator.json',
      'story.json',
      'world.geojson',
    ]);
  });

  it('asks who wrote the names', () => {
    const dir = copies.copy();
    mkdirSync(join(dir, 'i18n/ru'), { recursive: true });
    writeFileSync(join(dir, 'i18n/ru/map-names.json'), JSON.stringify({ names: {} }));
    const { story } = readStory(dir);
    const r = buildMapContext(dir, story.places, story.basemap.bbox, [], {
      basemap: { type: 'FeatureCollection', features: [] },
      langs: ['ru'],
    });
    expect(r.errors.map(formatError)).toEqual([
      'i18n/ru/map-names.json › by: must say who wrote and checked the names, and how (a sentence)',
    ]);
  });
});
