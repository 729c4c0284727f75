import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Copies of the map as drawn, for the image export and for printing. The map keeps no drawing
 * buffer between frames (preserveDrawingBuffer would cost every frame), so a copy is taken right
 * after a frame is drawn, before the browser presents and clears it.
 */
export interface MapCapture {
  /** Asks for a frame and copies it when drawn (MapLibre's 'render' event). */
  next(): Promise<HTMLCanvasElement>;
  /** Draws a frame now and copies it: for `beforeprint`, which cannot wait for one. */
  now(): HTMLCanvasElement;
  /** The map's size in CSS pixels. */
  size(): { width: number; height: number };
}

function copyOf(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

export function mapCapture(map: MapLibreMap): MapCapture {
  return {
    next: () =>
      new Promise((resolve) => {
        map.once('render', () => resolve(copyOf(map.getCanvas())));
        map.triggerRepaint();
      }),
    now: () => {
      map.redraw();
      return copyOf(map.getCanvas());
    },
    size: () => {
      const c = map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    },
  };
}
