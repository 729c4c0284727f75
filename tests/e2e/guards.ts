import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';

/**
 * Watchers for the hostile-input and failure tests: what the page must never do, recorded from
 * before its first script runs, so a test can assert on all of it at the end.
 */
export interface PageWatch {
  /** Uncaught exceptions and console errors, in order. */
  errors: string[];
  /** alert/confirm/prompt dialogs the page opened (each is dismissed). */
  dialogs: string[];
}

/**
 * Records page errors, console errors and JavaScript dialogs. `allowConsole` lets a test accept
 * the browser's own network log line for a request it made fail on purpose.
 */
export function watchPage(page: Page, allowConsole: (text: string) => boolean = () => false): PageWatch {
  const watch: PageWatch = { errors: [], dialogs: [] };
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowConsole(m.text()))
      watch.errors.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return watch;
}

declare global {
  interface Window {
    /** Set by hostile payloads; must stay undefined. */
    __pwned?: unknown;
    /** Every securitypolicyviolation event since the page started. */
    __cspViolations?: { directive: string; blocked: string; source: string; sample: string }[];
    /** The hash as the page first saw it, before the app normalised it. */
    __initialHash?: string;
  }
}

/** Before any script of the page: record CSP violations and the hash the page was opened with. */
export async function recordFromStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__initialHash = window.location.hash;
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
}

export async function cspViolations(page: Page): Promise<NonNullable<Window['__cspViolations']>> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** The ids the app validates a permalink against: every place on the map, every article, each layer. */
export async function storyIds(
  request: APIRequestContext,
): Promise<{ placeIds: Set<string>; sourceIds: Set<string>; layers: { id: string; on: boolean }[] }> {
  const places = (await (await request.get('data/places.geojson')).json()) as {
    features: { properties: { id: string } }[];
  };
  const sources = (await (await request.get('data/sources.json')).json()) as { sources: { id: string }[] };
  const meta = (await (await request.get('data/story.json')).json()) as {
    layers: { id: string; on: boolean }[];
  };
  return {
    placeIds: new Set(places.features.map((f) => f.properties.id)),
    sourceIds: new Set(sources.sources.map((s) => s.id)),
    layers: meta.layers.map(({ id, on }) => ({ id, on })),
  };
}

/**
 * axe-core over the whole page with every rule it enables by default (WCAG 2.0–2.2 A/AA and best
 * practices), and no exclusions: MapLibre's own controls are part of what the reader meets.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
