import { type RefObject, useEffect } from 'react';
import type { MapCapture } from '../map/capture.ts';

/**
 * Printing shows the map as an image: a WebGL canvas prints blank or not at all. On
 * `beforeprint` the map is drawn once more and copied into an <img> (a data: URL: the CSP allows
 * img-src data:, not blob:), shown only by the print stylesheet, and removed on `afterprint`.
 * Closed disclosures are opened for the print and closed again after.
 */
export function usePrintMap(captureRef: RefObject<MapCapture | null>, label: string): void {
  useEffect(() => {
    let img: HTMLImageElement | null = null;
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      // What a closed disclosure holds (the embed's timeline) is printed too.
      const closed = [...document.querySelectorAll<HTMLDetailsElement>('.app details:not([open])')];
      for (const d of closed) d.open = true;
      opened.push(...closed);
      // Copied once per print, at the screen's layout: a second `beforeprint` (a script's PDF
      // printer after it switched to print media) would find the map's container resized by the
      // print stylesheet (full width, as tall as the popup in it) and copy that.
      const capture = captureRef.current;
      const area = document.querySelector('.map-area');
      if (img || !capture || !area) return;
      img = document.createElement('img');
      img.className = 'print-map';
      img.alt = label;
      img.src = capture.now().toDataURL('image/png');
      area.prepend(img);
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
      img?.remove();
      img = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [captureRef, label]);
}
