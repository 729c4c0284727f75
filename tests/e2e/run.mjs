// npm run test:e2e — builds the app, then runs the browser tests against dist/ served from a
// sub-path. Fails (never skips) when Chromium is missing.
import { spawnSync } from 'node:child_process';
import { assertChromium } from '../browser.mjs';

assertChromium();
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', 'build', '--silent']);
// The synthetic second story, built from the same src/ (tests/e2e/fixture-story.spec.ts).
run('node', ['tests/e2e/build-fixture.mjs']);
run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)]);
