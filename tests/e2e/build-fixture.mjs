// Builds the synthetic test story (tests/fixtures/story) into dist-fixture/ with the same
// pipeline as the real one: `geo/build/main.ts --story DIR` writes its data, then the same Vite
// build of the same src/ reads that data's story.json for the page's head. The browser tests serve
// it beside dist/ under its own sub-path (tests/serve-dist.mjs).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

export const FIXTURE_STORY = 'tests/fixtures/story';
export const FIXTURE_PUBLIC = 'dist-fixture-public';
export const FIXTURE_DIST = 'dist-fixture';

/** Each test story, with where its data and its site go (tests/serve-dist.mjs serves each site). */
const STORIES = [
  { story: FIXTURE_STORY, pub: FIXTURE_PUBLIC, dist: FIXTURE_DIST },
  // Another shape: no flight, no replay, a layer of witness videos with their own popups.
  {
    story: 'tests/fixtures/story-no-flight',
    pub: 'dist-fixture-no-flight-public',
    dist: 'dist-fixture-no-flight',
  },
];

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

for (const { story, pub, dist } of STORIES) {
  rmSync(pub, { recursive: true, force: true });
  mkdirSync(pub, { recursive: true });
  // Everything public/ ships except the real story's data.
  cpSync('public', pub, {
    recursive: true,
    filter: (src) => !src.replace(/\\/g, '/').startsWith('public/data'),
  });
  run('npx', ['tsx', 'geo/build/main.ts', '--story', story, '--out', `${pub}/data`]);
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist], { STORY_PUBLIC: pub });
  // Its page prerendered from its own data, by the prerender the main build has just built.
  run('node', ['.cache/prerender/prerender.js', dist]);
}
