import { describe, expect, it } from 'vitest';
import type { PermalinkContext } from '../../../src/url/permalink.ts';
import {
  ADDRESS_THROTTLE_MS,
  type Address,
  type Clock,
  type HistoryMode,
  normaliseAddress,
  PermalinkStore,
} from '../../../src/url/permalink-store.ts';

/** A clock the test steps by hand. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 1000;
  let timers: { at: number; fn: () => void }[] = [];
  const at = (fn: () => void, when: number) => {
    const t = { at: when, fn };
    timers.push(t);
    return () => {
      timers = timers.filter((x) => x !== t);
    };
  };
  return {
    after: (fn, ms) => at(fn, now + ms),
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
    },
  };
}

/** An address bar with a history, standing in for the browser's. */
function fakeAddress(initial: string): Address & { entries: { hash: string; mode: HistoryMode }[] } {
  let current = initial;
  const entries: { hash: string; mode: HistoryMode }[] = [];
  return {
    entries,
    hash: () => current,
    write(hash, mode) {
      current = hash;
      entries.push({ hash, mode });
    },
  };
}

const LAYERS = [
  { id: 'route', on: true },
  { id: 'drones', on: true },
];
const ctx: PermalinkContext = { placeIds: new Set(['baku', 'mozdok', 'aktau']), layers: LAYERS };
const moved = { zoom: 7, lat: 43.7, lng: 44.7, bearing: 0, pitch: 0 };

describe('PermalinkStore', () => {
  it('keeps a place in the address while the ids are unknown, and applies it once they arrive', () => {
    const address = fakeAddress('#map=99/95.5/-720.25/12345.6/-90&place=mozdok');
    const store = new PermalinkStore(address);
    expect(store.getState().place).toBeUndefined();
    // The map settles (clamping the view) before the story's ids have been read.
    store.update((prev) => ({ ...prev, view: moved }), 'replace');
    store.navigate();
    expect(address.entries).toEqual([]);
    expect(address.hash()).toContain('place=mozdok');

    store.setContext(ctx);
    expect(store.getState().place).toBe('mozdok');
    // The view as the codec clamps it (pitch -90 is 0, so left out), and the place kept.
    expect(address.hash()).toBe('#map=22/85.05113/-0.25/105.6&place=mozdok');
    expect(address.entries.map((e) => e.mode)).toEqual(['replace']);
  });

  it('started with the ids (a hydrated page), writes a selection made before setContext, which keeps it', () => {
    const address = fakeAddress('#map=8/43.32/45.69');
    const store = new PermalinkStore(address, undefined, LAYERS, ctx);
    expect(store.getState().view?.zoom).toBe(8);
    // A click the map held for the app is passed on in the first effects, before the app's own.
    store.update((prev) => ({ ...prev, place: 'baku' }), 'push');
    expect(address.entries).toEqual([{ hash: '#map=8/43.32/45.69&place=baku', mode: 'push' }]);
    store.setContext(ctx);
    expect(store.getState().place).toBe('baku');
    expect(address.hash()).toBe('#map=8/43.32/45.69&place=baku');
  });

  it('once the ids are known, writes each change: a step for a selection, in place for a move', () => {
    const address = fakeAddress('');
    const clock = fakeClock();
    const store = new PermalinkStore(address, clock);
    store.setContext(ctx);
    expect(address.entries).toEqual([]);
    store.update((prev) => ({ ...prev, place: 'aktau' }), 'push');
    store.update((prev) => ({ ...prev, view: moved }), 'replace');
    clock.advance(ADDRESS_THROTTLE_MS);
    expect(address.entries).toEqual([
      { hash: '#place=aktau', mode: 'push' },
      { hash: '#map=7/43.7/44.7&place=aktau', mode: 'replace' },
    ]);
    // The same state again is not a new history entry.
    store.update((prev) => prev, 'push');
    store.update((prev) => ({ ...prev }), 'push');
    expect(address.entries).toHaveLength(2);
  });

  it('reads an edited address as the truth and rewrites it to what the codec keeps', () => {
    const address = fakeAddress('#place=baku');
    const store = new PermalinkStore(address);
    store.setContext(ctx);
    address.write('#place=atlantis&layers=route', 'push');
    store.navigate();
    expect(store.getState()).toEqual({ layers: ['route'] });
    expect(address.hash()).toBe('#layers=route');
    expect(address.entries.at(-1)?.mode).toBe('replace');
  });

  it('writes in place a period after the change, never in the event that made it', () => {
    const address = fakeAddress('#map=7/43.7/44.7');
    const clock = fakeClock();
    const store = new PermalinkStore(address, clock);
    store.setContext(ctx);
    const before = address.entries.length;
    store.update((prev) => ({ ...prev, layers: ['drones'] }), 'replace');
    // The state (what the page draws) changes at once; the address waits for the browser.
    expect(store.getState().layers).toEqual(['drones']);
    expect(address.entries).toHaveLength(before);
    clock.advance(ADDRESS_THROTTLE_MS - 1);
    expect(address.entries).toHaveLength(before);
    clock.advance(1);
    expect(address.entries.slice(before)).toEqual([
      { hash: '#map=7/43.7/44.7&layers=drones', mode: 'replace' },
    ]);
  });

  it('throttles in-place writes as MapLibre’s Hash does: the latest, once per period', () => {
    const address = fakeAddress('');
    const clock = fakeClock();
    const store = new PermalinkStore(address, clock);
    store.setContext(ctx);
    for (let i = 0; i < 10; i++) {
      store.update((prev) => ({ ...prev, view: { ...moved, zoom: 7 + i / 10 } }), 'replace');
      clock.advance(20);
    }
    // The state follows every change; the address gets the latest once the period is over.
    expect(store.getState().view?.zoom).toBe(7.9);
    expect(address.entries).toEqual([]);
    clock.advance(ADDRESS_THROTTLE_MS);
    expect(address.entries.map((e) => e.hash)).toEqual(['#map=7.9/43.7/44.7']);

    // A selection goes out at once, carrying the held-back view with it, and nothing stale follows.
    store.update((prev) => ({ ...prev, view: { ...moved, zoom: 8 } }), 'replace');
    store.update((prev) => ({ ...prev, place: 'baku' }), 'push');
    expect(address.entries.at(-1)).toEqual({ hash: '#map=8/43.7/44.7&place=baku', mode: 'push' });
    clock.advance(ADDRESS_THROTTLE_MS * 2);
    expect(address.entries).toHaveLength(2);

    // Back/Forward wins over a write still held back.
    store.update((prev) => ({ ...prev, view: { ...moved, zoom: 9 } }), 'replace');
    store.update((prev) => ({ ...prev, view: { ...moved, zoom: 10 } }), 'replace');
    address.write('#place=aktau', 'push');
    store.navigate();
    clock.advance(ADDRESS_THROTTLE_MS * 2);
    expect(address.hash()).toBe('#place=aktau');
    expect(store.getState().place).toBe('aktau');

    // A hand-edited address is rewritten to its canonical form at once, even mid-period.
    store.update((prev) => ({ ...prev, view: { ...moved, zoom: 11 } }), 'replace');
    address.write('#place=aktau&layers=evil', 'push');
    store.navigate();
    expect(address.hash()).toBe('#place=aktau&layers=');
  });

  it('tells its subscribers about every change, and stops when they unsubscribe', () => {
    const store = new PermalinkStore(fakeAddress(''));
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.setContext(ctx);
    store.update((prev) => ({ ...prev, place: 'baku' }), 'push');
    unsubscribe();
    store.update((prev) => ({ ...prev, place: 'aktau' }), 'push');
    expect(calls).toBe(2);
    expect(store.getState().place).toBe('aktau');
  });
});

describe('normaliseAddress (the page does it before the app starts)', () => {
  const ids: PermalinkContext = {
    placeIds: new Set(['grozny']),
    sourceIds: new Set(['000']),
    layers: LAYERS,
  };

  it('rewrites a hostile or malformed link to its canonical form, in place', () => {
    const address = fakeAddress('#map=NaN/NaN/NaN&place=<img src=x>&layers=route&__proto__=1');
    normaliseAddress(ids, address);
    expect(address.entries).toEqual([{ hash: '#layers=route', mode: 'replace' }]);
  });

  it('keeps a place the story has, and writes nothing when the address is already canonical', () => {
    const address = fakeAddress('#place=grozny&layers=route');
    normaliseAddress(ids, address);
    expect(address.entries).toEqual([]);
    expect(address.hash()).toBe('#place=grozny&layers=route');
  });

  it('gives the same address the store settles on once it knows the ids', () => {
    for (const hash of ['#map=99/95.5/-720.25/12345.6/-90&place=grozny', '#t=junk&place=nowhere', '#']) {
      const early = fakeAddress(hash);
      normaliseAddress(ids, early);
      const viaStore = fakeAddress(hash);
      new PermalinkStore(viaStore).setContext(ids);
      expect(early.hash()).toBe(viaStore.hash());
    }
  });
});
