/**
 * "The next story is a data change": no word that belongs to one story may be typed into src/.
 * The words come from the stories' own data (every place name and alias, every basemap label,
 * the story's day), plus the names the real story's prose turns on, so a new place in the data
 * is watched without editing this test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORIES = ['geo', 'tests/fixtures/story', 'tests/fixtures/story-no-flight'];
const PROSE_WORDS = [
  'J2-8243',
  '8243',
  'Kremlin',
  'Azerbaijan',
  'Embraer',
  'Putin',
  'Aliyev',
  'Ukrainian',
  'Chechnya',
];
/** Place names that are also plain English (a context place called "Crash site"). */
const GENERIC = new Set(['crash site']);

function json(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** A layer's id that is also a role's name (the app's vocabulary: `route`) is not the story's word. */
const ROLES = new Set(['route', 'claimed-places', 'points']);

function storyWords(dir: string): string[] {
  const places = json(join(dir, 'gazetteer.json')).places as { name: string; aliases: string[] }[];
  const labels = (json(join(dir, 'basemap.json')).labels ?? []) as { name: string }[];
  const meta = json(join(dir, 'story.json'));
  const day = (meta.day as { date: string } | undefined)?.date;
  // Its layers, by id and by name: the app draws them from the data, never by name.
  const layers = (meta.layers as { id: string; toggle: string }[]).flatMap((l) =>
    ROLES.has(l.id) ? [l.toggle] : [l.id, l.toggle],
  );
  return [
    ...places.flatMap((p) => [p.name, ...p.aliases]),
    ...labels.map((l) => l.name),
    ...(day ? [day] : []),
    ...layers,
  ].filter((w) => !GENERIC.has(w.toLowerCase()));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('src/ holds no story’s words', () => {
  const words = [...new Set([...STORIES.flatMap(storyWords), ...PROSE_WORDS])];

  it('watches the words of every story, its layers too', () => {
    expect(words).toEqual(
      expect.arrayContaining([
        'Baku',
        'Caspian Sea',
        'Kazakhstan',
        '2024-12-25',
        'Kremlin',
        'drones',
        'witness-videos',
      ]),
    );
    expect(words).toEqual(expect.arrayContaining(storyWords('tests/fixtures/story')));
  });

  it.each(files('src'))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const found = words.filter((w) => new RegExp(`(?<![\\w-])${escapeRegExp(w)}(?![\\w-])`, 'i').test(text));
    expect(found, `story words in ${file}: move them to geo/ (story.json)`).toEqual([]);
  });
});
