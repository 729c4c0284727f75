import { type Map as MapLibreMap, Popup } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import {
  besideShift,
  besideSide,
  POPUP_OFFSET,
  type Point,
  popupLayout,
  type Size,
  sheetShift,
} from './popup-placement.ts';

export interface PlacePopupTarget {
  key: string;
  lngLat: [number, number];
  /** Move the map (and the page) to make room: yes when the reader chose it, no from a permalink. */
  reveal: boolean;
}

function remPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

function sizeOf(el: HTMLElement): Size {
  return { width: el.clientWidth, height: el.clientHeight };
}

/**
 * Shows `node` (the place's dialog, portalled there by React) for `target`: beside its point in a
 * MapLibre popup on a wide map, in a sheet along the bottom of a narrow one (see popup-placement.ts).
 * When `reveal` is set, the map pans so that the popup and its point are both in view; the move
 * carries `reveal` so the permalink records it like a move of the reader's own.
 */
export function usePlacePopup(
  map: MapLibreMap | null,
  node: HTMLElement,
  target: PlacePopupTarget | null,
): void {
  const key = target?.key;
  const lng = target?.lngLat[0];
  const lat = target?.lngLat[1];
  const reveal = target?.reveal ?? false;
  // Bumped when the map's size changes which layout fits (a phone turned, a window resized).
  const [relayout, setRelayout] = useState(0);
  // The popup last shown, and what had focus in it when it was taken down.
  const last = useRef<{ key: string; focused: Element | null } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `relayout` is how a resize asks for the popup to be laid out again.
  useEffect(() => {
    if (!map || key === undefined || lng === undefined || lat === undefined) return;
    const container = map.getContainer();
    const pan = (shift: Point) => {
      if (!reveal || (Math.abs(shift.x) < 1 && Math.abs(shift.y) < 1)) return;
      map.panBy([-shift.x, -shift.y], { duration: 0 }, { reveal: true });
    };
    const layout = popupLayout(sizeOf(container), remPx());
    const onResize = () => {
      if (popupLayout(sizeOf(container), remPx()).mode !== layout.mode) setRelayout((n) => n + 1);
    };
    map.on('resize', onResize);
    // The same popup again, in another layout: give focus back where the reader was in it.
    const again = last.current?.key === key ? last.current : null;
    node.style.width = '';
    let cleanup: () => void;

    if (layout.mode === 'beside') {
      node.style.width = `${Math.floor(layout.width)}px`;
      // From a permalink the map must stay where the address says: no panning, so the popup is
      // kept under half the map's height and MapLibre picks the side it fits on.
      const maxHeight = reveal ? layout.maxHeight : sizeOf(container).height * 0.45;
      node.style.setProperty('--popup-max-height', `${Math.floor(maxHeight)}px`);
      const point = map.project([lng, lat]);
      const side = besideSide(sizeOf(container), point, layout.width);
      const popup = new Popup({
        closeButton: false,
        closeOnClick: false,
        closeOnMove: false,
        focusAfterOpen: false,
        maxWidth: 'none',
        // Beside its point, not above or below: a popup is taller than it is wide.
        ...(reveal ? { anchor: side === 'right' ? 'left' : 'right' } : {}),
        offset: POPUP_OFFSET,
        className: 'place-popup',
      })
        .setLngLat([lng, lat])
        .setDOMContent(node)
        .addTo(map);
      const place = () => {
        // Not moving the map: let MapLibre choose the side again as the passages arrive.
        if (!reveal) popup.setLngLat([lng, lat]);
        const p = map.project([lng, lat]);
        pan(besideShift(sizeOf(container), p, { width: node.offsetWidth, height: node.offsetHeight }, side));
      };
      place();
      // The passages arrive after the popup opens: make room again as it grows.
      const resize = new ResizeObserver(place);
      resize.observe(node);
      cleanup = () => {
        resize.disconnect();
        popup.remove();
      };
    } else {
      const sheet = document.createElement('div');
      sheet.className = 'place-sheet';
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'sheet-toggle';
      sheet.append(toggle, node);
      container.append(sheet);
      const size = (expanded: boolean) => {
        const l = popupLayout(sizeOf(container), remPx(), expanded);
        const height = l.mode === 'sheet' ? l.height : sizeOf(container).height;
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.textContent = expanded ? 'Show less' : 'Show more';
        sheet.dataset.expanded = String(expanded);
        // The dialog's own body scrolls; the toggle above it takes the rest of the sheet.
        node.style.setProperty('--popup-max-height', `${Math.floor(height - toggle.offsetHeight)}px`);
        pan(sheetShift(sizeOf(container), map.project([lng, lat]), height));
      };
      size(false);
      toggle.addEventListener('click', () => size(sheet.dataset.expanded !== 'true'));
      cleanup = () => sheet.remove();
    }
    // The whole map, the point and its popup, in view on a page that scrolls (phones, large text).
    if (reveal && !again) container.scrollIntoView({ block: 'nearest' });
    if (again?.focused instanceof HTMLElement) again.focused.focus({ preventScroll: true });
    return () => {
      map.off('resize', onResize);
      last.current = { key, focused: node.contains(document.activeElement) ? document.activeElement : null };
      cleanup();
    };
  }, [map, node, key, lng, lat, reveal, relayout]);
}
