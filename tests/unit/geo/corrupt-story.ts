/** A copy of geo/ with one file edited, for tests that a bad story fails the build by name. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CountriesTopology } from '../../../geo/build/basemap.ts';
import { buildStory } from '../../../geo/build/main.ts';
import { formatError } from '../../../geo/build/story-error.ts';

const dirs: string[] = [];

/** Copies the story (not the build code) and applies each edit, which must change its file. */
export function corruptStory(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-corrupt-'));
  dirs.push(dir);
  cpSync('geo', dir, { recursive: true, filter: (src) => !src.includes(join('geo', 'build')) });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, `edit of ${file}`).not.toBe(before);
    writeFileSync(path, after);
  }
  return dir;
}

/**
 * Stands in for the world atlas (2–3 s to load) when the story must fail before the basemap is
 * built, i.e. on its hand-authored files; touching it fails the test.
 */
export const NO_ATLAS = new Proxy(
  {},
  {
    get() {
      throw new Error('the build got past the input checks, so it needed the atlas');
    },
  },
) as CountriesTopology;

/** The build's errors, formatted as the CLI prints them; fails the test if the build succeeds. */
export function buildErrors(dir: string, atlas: CountriesTopology = NO_ATLAS): string[] {
  const r = buildStory(dir, atlas);
  expect(r.ok, 'the corrupted story should not build').toBe(false);
  return r.ok ? [] : r.errors.map(formatError);
}

export function removeCorruptedStories(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
