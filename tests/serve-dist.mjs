// A static server for dist/, mounted under a sub-path, as a newsroom would deploy the build.
// Used by the browser tests and the benchmark. Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const SUB_PATH = '/newsroom/flight-8243/';
/** Where the browser tests' second, synthetic story is served (built by tests/e2e/build-fixture.mjs). */
export const FIXTURE_SUB_PATH = '/newsroom/test-story/';
/** And the third, a story of another shape: no flight, a layer of points with their own popups. */
export const NO_FLIGHT_SUB_PATH = '/newsroom/test-story-no-flight/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server; resolves to { url, close }. `root` is the folder served at SUB_PATH; `more`
 * maps further sub-paths to folders.
 */
export function serveDist({ root = 'dist', port = 0, host = '127.0.0.1', more = {} } = {}) {
  const mounts = Object.entries({ [SUB_PATH]: root, ...more }).map(([prefix, dir]) => ({
    prefix,
    base: resolve(dir),
  }));
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape (/%E0%A4%A) would otherwise throw out of the handler and stop the server.
      res.writeHead(400).end('bad request');
      return;
    }
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    const { base } = mount;
    let file = normalize(join(base, path.slice(mount.prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const addr = server.address();
      ok({ url: `http://${host}:${addr.port}${SUB_PATH}`, close: () => new Promise((c) => server.close(c)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  // The browser tests' synthetic story too, when it has been built.
  const more = {
    ...(existsSync('dist-fixture') ? { [FIXTURE_SUB_PATH]: 'dist-fixture' } : {}),
    ...(existsSync('dist-fixture-no-flight') ? { [NO_FLIGHT_SUB_PATH]: 'dist-fixture-no-flight' } : {}),
  };
  const { url } = await serveDist({ port, more });
  console.log(
    `Serving dist/ at ${url}${Object.entries(more)
      .map(([prefix, dir]) => ` and ${dir}/ at ${prefix}`)
      .join('')}`,
  );
}
