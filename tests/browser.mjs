// Where Chromium is, and how to start it headless with software WebGL. Shared by the browser
// tests and the benchmark. We never download a browser: Debian's Chromium, or CHROME_PATH.
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function assertChromium() {
  if (!existsSync(CHROME_PATH)) {
    console.error(
      `Chromium not found at ${CHROME_PATH}. The browser tests need it: install it ` +
        '(Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
