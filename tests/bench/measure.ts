/**
 * What the bench measures inside the page, and how. Every time is `performance.now()` in the page,
 * i.e. milliseconds since navigation start, so the Node ↔ browser round trip never counts.
 */
import type { Page } from 'playwright-core';

export interface PageMarks {
  /** The map's container reported aria-busy="false": MapLibre's first 'idle' (the app sets it then). */
  idle: number | null;
  /** When the first place button's text was painted (Element Timing, `elementtiming="places"`). */
  placesVisible: number | null;
  /** First contentful paint (PerformanceObserver 'paint'). */
  fcp: number | null;
  /** When the standfirst's text was first painted (Element Timing, `elementtiming="story-text"`). */
  storyText: number | null;
  /** Cumulative layout shift (no recent input) from the first paint until `idle`. */
  clsAtIdle: number | null;
}

/**
 * Injected before any page script (addInitScript), the same into the explorer and the baseline.
 * Paint times are the browser's own: first contentful paint, and Element Timing for the text of
 * the standfirst and of the place buttons (the render time of the frame that painted them). The
 * map's first idle is the aria-busy flip on `.map`, which both pages make in MapLibre's 'idle'
 * handler (the explorer in src/map/map-start.ts), noticed by a MutationObserver.
 */
export const MARKS_SCRIPT = `(() => {
  // tsx (esbuild, keepNames) wraps named functions in the page callbacks below in __name(); give
  // them the identity function, or page.evaluate() throws ReferenceError.
  window.__name = window.__name || ((f) => f);
  const m = { idle: null, placesVisible: null, fcp: null, storyText: null, clsAtIdle: null };
  window.__bench = m;
  let cls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const t = e.renderTime || e.loadTime;
        if (e.identifier === 'story-text' && m.storyText === null) m.storyText = t;
        if (e.identifier === 'places' && m.placesVisible === null) m.placesVisible = t;
      }
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  // For the measurements after the load (never during it): wraps WebGL's draw methods so that
  // onDraw runs at each draw call, and returns the function that restores them.
  window.__benchWatchDraws = (onDraw) => {
    const protos = [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype];
    const saved = protos.map((p) => ({ p, de: p.drawElements, da: p.drawArrays }));
    for (const s of saved) {
      s.p.drawElements = function (...a) { onDraw(performance.now()); return s.de.apply(this, a); };
      s.p.drawArrays = function (...a) { onDraw(performance.now()); return s.da.apply(this, a); };
    }
    return () => { for (const s of saved) { s.p.drawElements = s.de; s.p.drawArrays = s.da; } };
  };
  // Resolves at the first frame after lastDraw() is quietMs in the past; rejects after limitMs.
  window.__benchUntilQuiet = async (lastDraw, quietMs, limitMs, failure) => {
    const since = performance.now();
    while (performance.now() - lastDraw() < quietMs) {
      if (performance.now() - since > limitMs) throw new Error(failure);
      await new Promise((r) => requestAnimationFrame(r));
    }
  };
  const check = () => {
    if (m.idle === null && document.querySelector('.map[aria-busy="false"]')) {
      m.idle = performance.now();
      m.clsAtIdle = cls;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

/** The helpers MARKS_SCRIPT gives every page, as the measurements below call them. */
interface BenchWindow {
  __benchWatchDraws(onDraw: (t: number) => void): () => void;
  __benchUntilQuiet(lastDraw: () => number, quietMs: number, limitMs: number, failure: string): Promise<void>;
}

export async function readMarks(page: Page): Promise<PageMarks> {
  return page.evaluate(() => (window as unknown as { __bench: PageMarks }).__bench);
}

/**
 * Clicks the i-th button of the places list and resolves to the time until the popup's dialog for
 * that place is in the document, checked at each frame start (so: the frame that paints it).
 */
export async function clickToPopup(page: Page, index: number): Promise<number> {
  return page.evaluate(async (i) => {
    // Found by the page's structure, not its words: the bench reads every language's page alike.
    const button = document.querySelectorAll<HTMLButtonElement>('nav.places button')[i];
    if (!button) throw new Error(`no place button #${i}`);
    const name = button.textContent ?? '';
    const t0 = performance.now();
    button.click();
    return new Promise<number>((resolve, reject) => {
      const check = () => {
        const d = document.querySelector('.maplibregl-popup [role="dialog"]');
        if (d && d.getClientRects().length > 0 && (d.textContent ?? '').includes(name))
          resolve(performance.now() - t0);
        else if (performance.now() - t0 > 10_000) reject(new Error(`no popup for ${name} after 10 s`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, index);
}

export interface ToggleTiming {
  /** Click → MapLibre's first WebGL draw call after it (the re-render without the layer). */
  toDraw: number;
  /** Click → the frame after that draw: the canvas with the layer gone has been presented. */
  toFrame: number;
}

/**
 * Clicks the first layer's checkbox ("Flight route", in whatever language) and times the map's next frame. We cannot reach the app's Map
 * instance (and should not: the bench sees what a reader sees), so we watch the GPU calls: the
 * WebGL draw methods are wrapped for the duration of the measurement. First we wait until the map
 * has drawn nothing for 400 ms (symbol fades and camera moves from earlier clicks are over), so the
 * first draw after the click is the one the click caused; the next animation frame after that draw
 * is when the new picture has been handed to the compositor.
 */
export async function toggleToFrame(page: Page): Promise<ToggleTiming> {
  return page.evaluate(async () => {
    // The baseline has no checkbox: it offers the same style change (setLayoutProperty visibility
    // on the route's layers) as window.__benchToggle, so the engine's share of the time shows.
    const direct = (window as unknown as { __benchToggle?: () => void }).__benchToggle;
    const input = direct
      ? null
      : document.querySelector<HTMLInputElement>('fieldset.toggles input[type="checkbox"]');
    if (!direct && !input) throw new Error('no layer checkbox');
    let lastDraw = performance.now();
    let armed = false;
    let drawnAt: number | null = null;
    const bench = window as unknown as BenchWindow;
    const restore = bench.__benchWatchDraws((t) => {
      lastDraw = t;
      if (armed && drawnAt === null) drawnAt = t;
    });
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    try {
      await bench.__benchUntilQuiet(() => lastDraw, 400, 10_000, 'the map never stopped drawing');
      const was = input?.checked;
      const t0 = performance.now();
      armed = true;
      if (input) {
        input.click();
        if (input.checked === was) throw new Error('the checkbox did not change');
      } else direct?.();
      while (drawnAt === null) {
        if (performance.now() - t0 > 10_000) throw new Error('no frame drawn after the toggle');
        await frame();
      }
      const drew: number = drawnAt;
      await frame();
      return { toDraw: drew - t0, toFrame: performance.now() - t0 };
    } finally {
      restore();
    }
  });
}

export interface ZoomTiming {
  /** Move → the last frame the map drew before going quiet (tiles loaded, labels faded in). */
  toIdle: number;
  /** Detail tiles requested for the move. */
  tiles: number;
}

/** Where the zoom-in goes: the crash site near Aktau, at zoom 12 (geo/gazetteer.json `crash-site`). */
export const CRASH_SITE_VIEW = { zoom: 12, lat: 43.8825, lng: 51.01 };

/**
 * Jumps the map to `view` and times it until the map has drawn nothing for 600 ms: the time of the
 * last frame it drew. MapLibre's 'idle' is that moment (nothing loading, no fade running); read
 * from the draw calls because the bench does not reach the app's Map. The explorer is moved the way
 * a permalink moves it (the address's #map=…), the bare page by `map.jumpTo` (window.__benchJump).
 */
export async function zoomToIdle(page: Page, view = CRASH_SITE_VIEW): Promise<ZoomTiming> {
  let tiles = 0;
  const count = (r: { url(): string }) => {
    if (r.url().includes('/data/tiles/')) tiles++;
  };
  page.context().on('request', count);
  try {
    const toIdle = await page.evaluate(async (v) => {
      const jump = (window as unknown as { __benchJump?: (z: number, lat: number, lng: number) => void })
        .__benchJump;
      let lastDraw = performance.now();
      const bench = window as unknown as BenchWindow;
      const restore = bench.__benchWatchDraws((t) => {
        lastDraw = t;
      });
      try {
        await bench.__benchUntilQuiet(() => lastDraw, 400, 10_000, 'the map never stopped drawing');
        const t0 = performance.now();
        lastDraw = t0;
        if (jump) jump(v.zoom, v.lat, v.lng);
        else location.hash = `#map=${v.zoom}/${v.lat}/${v.lng}`;
        // The move's own frames first (it draws at least once), then 600 ms without one.
        await bench.__benchUntilQuiet(
          () => (lastDraw === t0 ? performance.now() : lastDraw),
          600,
          30_000,
          'the map never went quiet after the move',
        );
        return lastDraw - t0;
      } finally {
        restore();
      }
    }, view);
    return { toIdle, tiles };
  } finally {
    page.context().off('request', count);
  }
}
