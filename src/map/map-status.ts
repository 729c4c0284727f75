/**
 * How the page's map is doing, as an external store: the started map publishes, components read it
 * with `useSyncExternalStore` (useMapStatus). One source of truth: nothing copies it into React state.
 */

export interface MapStatus {
  /** MapLibre's first 'idle': everything in view is drawn. */
  idle: boolean;
  /** Why there is no map (no WebGL), or null. */
  problem: string | null;
  /**
   * The map cannot draw now: its graphics context is lost; cleared on restore. A fact, not a
   * sentence: the page says it in the reader's language (MapStage).
   */
  lost: boolean;
  /** Sources that failed to load, by id, in order. */
  sourceErrors: readonly string[];
}

export const MAP_NOT_STARTED: MapStatus = Object.freeze({
  idle: false,
  problem: null,
  lost: false,
  sourceErrors: [],
});

/** The map's status: a new object on every change, the same one until then. */
export class MapStatusStore {
  #status: MapStatus = MAP_NOT_STARTED;
  readonly #listeners = new Set<() => void>();

  readonly getSnapshot = (): MapStatus => this.#status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Publishes a change (a no-op when nothing changes). */
  update(change: (s: MapStatus) => MapStatus): void {
    const next = change(this.#status);
    if (next === this.#status) return;
    this.#status = next;
    for (const l of this.#listeners) l();
  }
}

/** The map has drawn completely once, or never will: the time to load what can wait. */
export const settled = (s: MapStatus): boolean => s.idle || s.problem !== null;

/** The page's one map. */
export const pageMapStatus = new MapStatusStore();
