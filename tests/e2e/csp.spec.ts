import { expect, test } from '@playwright/test';
import { cspViolations, recordFromStart, watchPage } from './guards.ts';

/** The policy the built page declares, as directive → sources. */
async function builtPolicy(html: string): Promise<Map<string, string[]>> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'dist/index.html carries a CSP meta').not.toBeNull();
  const policy = new Map<string, string[]>();
  for (const d of (meta?.[1] ?? '').split(';')) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

test('the built page declares a strict Content Security Policy', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const policy = await builtPolicy(html);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  // Scripts: our own files only; nothing inline, no eval, no data:/blob: scripts, no wildcards.
  expect(policy.get('script-src')).toEqual(["'self'"]);
  // MapLibre's worker is a file of ours (setWorkerUrl), so no blob: workers.
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  // data: only for the SVG control icons in maplibre-gl.css.
  expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  for (const [name, sources] of policy) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'http:', 'https:']) {
      expect(sources, `${name} allows ${bad}`).not.toContain(bad);
    }
  }
  // No inline script or style in the page for the policy to have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style[\s>]|\sstyle="/);
});

test('the explorer runs under its policy without a single violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordFromStart(page);
  const watch = watchPage(page);
  await page.goto('./');
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });

  // MapLibre's worker runs from our own file, as worker-src 'self' allows.
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toContainEqual(
    expect.stringMatching(/\/assets\/maplibre-gl-worker-[\w-]+\.mjs$/),
  );
  // Everything a reader does: a popup with its citations, the layers, the link, a zoom.
  await page.getByRole('button', { name: 'Grozny', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Flight route' }).uncheck();
  await page.getByRole('checkbox', { name: "Drone attacks: the Kremlin's claim" }).uncheck();
  await page.getByRole('checkbox', { name: 'Flight route' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  // Zoom with the keyboard: new tiles of the GeoJSON sources go through the worker again.
  await page.keyboard.press('Escape');
  await page.locator('.map canvas').focus();
  await page.keyboard.press('Equal');
  await expect(page).toHaveURL(/map=/);
  await page.getByRole('button', { name: 'Aktau', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Aktau' }).locator('figure').first()).toBeVisible();

  expect(await cspViolations(page)).toEqual([]);
  expect(watch.errors).toEqual([]);

  // The policy is live and the recorder hears it: an injected inline script is refused and reported.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return window.__pwned;
  });
  expect(ran).toBeUndefined();
  const after = await cspViolations(page);
  expect(after.map((v) => v.directive)).toEqual(['script-src-elem']);
});
