import { isEmbedded } from './embedded.ts';
import { formatPermalink, type PermalinkContext, type PermalinkState, parsePermalink } from './permalink.ts';

/** How a state change is written into the address: a history step, or in place. */
export type HistoryMode = 'push' | 'replace';

/** Where the permalink lives: the page's address, or a stand-in in tests. */
export interface Address {
  hash(): string;
  /** Writes a hash (`''` clears it). Only called when it differs from the current one. */
  write(hash: string, mode: HistoryMode): void;
}

/**
 * The page's own address bar, through the History API (no reload, no scroll to an anchor).
 * Embedded (embed.html, or in any iframe) every write is in place: a history step would be the
 * host page's.
 */
export const browserAddress: Address = {
  // No address when the page is prerendered at build time: the opening view.
  hash: () => (typeof window === 'undefined' ? '' : window.location.hash),
  write(hash, mode) {
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (mode === 'push' && !isEmbedded()) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  },
};

/**
 * Rewrites the address to the codec's canonical reading of it, in place: what the store does when
 * it learns the story's ids (setContext), done by the page's first module as soon as the ids have
 * arrived, so a hostile or malformed link is normalised before the app has even started.
 */
export function normaliseAddress(ctx: PermalinkContext, address: Address = browserAddress): void {
  const hash = address.hash();
  const canonical = formatPermalink(parsePermalink(hash, ctx));
  if (canonical !== hash) address.write(canonical, 'replace');
}

/**
 * In-place writes at most this often, as MapLibre's own `Hash` throttles them (300 ms): a drag
 * or a playing replay changes the state every frame, and browsers limit replaceState calls.
 */
export const ADDRESS_THROTTLE_MS = 300;

/** A timer, injectable so tests can step time. */
export interface Clock {
  /** Runs `fn` after `ms`; returns its cancel. */
  after(fn: () => void, ms: number): () => void;
}

const realClock: Clock = {
  after(fn, ms) {
    const t = globalThis.setTimeout(fn, ms);
    return () => globalThis.clearTimeout(t);
  },
};

/**
 * The permalink state and the address, kept in step. The address is the source of truth on load,
 * on Back/Forward and on a hand-edited hash; every other change is written back to it, so the URL
 * always holds what the reader sees.
 *
 * Until the story's ids are known a place (or article) in the address cannot be checked, so the
 * store reads it as absent and writes nothing: the address keeps it until {@link setContext}
 * reads it again with the ids. Knowing the ids and having read the address with them is one step
 * here, so no change can slip in between and write an address that lost the place.
 */
export class PermalinkStore {
  #state: PermalinkState;
  #ctx: PermalinkContext | null = null;
  readonly #noIds: PermalinkContext;
  readonly #address: Address;
  readonly #listeners = new Set<() => void>();
  readonly #clock: Clock;
  /** An in-place write held back by the throttle, and when the last write went out. */
  #pending: { hash: string; cancel: () => void } | null = null;

  /**
   * `layers`: the story's layers, known from the page at once (a link's `layers=` needs no wait).
   * `known`: the story's ids when they are known already (a hydrated page has its data before
   * its first render), so a change made before any effect has run (a held click) is written.
   */
  constructor(
    address: Address,
    clock: Clock = realClock,
    layers: PermalinkContext['layers'] = [],
    known: PermalinkContext | null = null,
  ) {
    this.#address = address;
    this.#clock = clock;
    this.#noIds = { placeIds: new Set(), layers };
    this.#ctx = known;
    this.#state = parsePermalink(address.hash(), known ?? this.#noIds);
  }

  /** The current state; the same object until it changes (for `useSyncExternalStore`). */
  readonly getState = (): PermalinkState => this.#state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The story's ids are known: read the address with them, and rewrite it to what is shown. */
  setContext(ctx: PermalinkContext): void {
    this.#ctx = ctx;
    this.navigate();
  }

  /** The address changed under us (Back/Forward, an edited hash): it wins. */
  readonly navigate = (): void => {
    // What the reader navigated to wins over a write still held back.
    this.#cancelPending();
    // Its canonical form is written at once: one rewrite of what the reader typed, not a stream.
    this.#set(parsePermalink(this.#address.hash(), this.#ctx ?? this.#noIds), 'replace', true);
  };

  /** Sets the state, or derives it from the latest one, and writes it to the address. */
  readonly update = (
    next: PermalinkState | ((prev: PermalinkState) => PermalinkState),
    mode: HistoryMode,
  ): void => {
    const s = typeof next === 'function' ? next(this.#state) : next;
    if (s !== this.#state) this.#set(s, mode);
  };

  #set(s: PermalinkState, mode: HistoryMode, now = false): void {
    this.#state = s;
    if (this.#ctx) this.#write(formatPermalink(s), mode, now);
    for (const listener of this.#listeners) listener();
  }

  /**
   * A history step goes out at once (and replaces any held-back write). In-place writes wait one
   * period, then the latest goes out, once per period like MapLibre's `Hash`: writing the address
   * makes Chrome re-read the page's icon, and a write in the click, or in the idle time right
   * after it, delayed the frame that shows the change (a toggle's: 31 against 24 ms, paired
   * fresh loads). `immediate` skips the wait (the canonical form of an address the reader just
   * changed, which nothing else is drawing in that moment).
   */
  #write(hash: string, mode: HistoryMode, immediate: boolean): void {
    if (mode === 'push' || immediate) {
      this.#cancelPending();
      this.#writeNow(hash, mode);
      return;
    }
    if (this.#pending) {
      this.#pending.hash = hash;
      return;
    }
    this.#pending = { hash, cancel: this.#clock.after(() => this.#flush(), ADDRESS_THROTTLE_MS) };
  }

  #flush(): void {
    const pending = this.#pending;
    this.#pending = null;
    if (pending) this.#writeNow(pending.hash, 'replace');
  }

  #writeNow(hash: string, mode: HistoryMode): void {
    if (hash === this.#address.hash()) return;
    this.#address.write(hash, mode);
  }

  #cancelPending(): void {
    this.#pending?.cancel();
    this.#pending = null;
  }
}
