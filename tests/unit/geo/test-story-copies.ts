import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CountriesTopology } from '../../../geo/build/basemap.ts';
import { loadAtlas } from '../../../geo/build/main.ts';

/**
 * For a test file that builds edited copies of the test story: each copy in a temporary folder
 * of its own, removed after the file's tests, and the world atlas the build needs, read once.
 */
export function testStoryCopies(prefix: string): { copy: () => string; atlas: () => CountriesTopology } {
  let atlas: CountriesTopology | undefined;
  const temp: string[] = [];
  beforeAll(() => {
    atlas = loadAtlas();
  });
  afterAll(() => {
    for (const d of temp) rmSync(d, { recursive: true, force: true });
  });
  return {
    copy: () => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      temp.push(dir);
      cpSync('tests/fixtures/story', dir, { recursive: true });
      return dir;
    },
    atlas: () => {
      if (!atlas) throw new Error('the atlas is read before the tests run');
      return atlas;
    },
  };
}
