import { type Map as MapLibreMap, type MapMovementEvent, Popup } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/useT.ts';
import {
  type BesidePlacement,
  besidePlacement,
  besideShift,
  besideSide,
  POPUP_OFFSET,
  type Point,
  popupLayout,
  type Size,
  sheetHeight,
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
 * When it opens (from the reader's choice or a permalink) the map pans, if it must, so that the
 * popup and its point are both in view; the move carries `reveal` so the permalink records it.
 * Once the reader moves the map, the map is theirs: the popup changes side or slides along its
 * pointer to stay inside the map, and docks in a corner when its point leaves no room beside it.
 */
export function usePlacePopup(
  map: MapLibreMap | null,
  node: HTMLElement,
  target: PlacePopupTarget | null,
): void {
  const t = useT();
  const key = target?.key;
  const lng = target?.lngLat[0];
  const lat = target?.lngLat[1];
  const reveal = target?.reveal ?? false;
  // Bumped when the map's size changes which layout fits (a phone turned, a window resized).
  const [relayout, setRelayout] = useState(0);
  // On a wide map: the reader moved the point where the popup cannot stay beside it.
  const [docked, setDocked] = useState(false);
  // Why the popup is being laid out again: a move of the reader's never pans the map back.
  const byMove = useRef(false);
  // The popup last shown, what had focus in it when it was taken down, and whether the reader's
  // moves had taken the map over by then.
  const last = useRef<{ key: string; focused: Element | null; moved: boolean } | null>(null);
  // The size the popup had beside its point, to tell when a docked one fits there again.
  const besideSize = useRef<Size | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `relayout` is how a resize asks for the popup to be laid out again.
  useEffect(() => {
    if (!map || key === undefined || lng === undefined || lat === undefined) return;
    const container = map.getContainer();
    // The same popup again, in another layout: give focus back where the reader was in it.
    const again = last.current?.key === key ? last.current : null;
    let moved = byMove.current || (again?.moved ?? false);
    byMove.current = false;
    const pan = (shift: Point) => {
      if (moved || (Math.abs(shift.x) < 1 && Math.abs(shift.y) < 1)) return;
      map.panBy([-shift.x, -shift.y], { duration: 0 }, { reveal: true });
    };
    // The reader's hand on the map (its canvas or controls, not the popup): from then on the map
    // is theirs. (A wheel zoom's movestart carries no originalEvent, so the DOM is asked.)
    const takeOver = (e: Event) => {
      const own = node.closest('.place-sheet, .maplibregl-popup');
      if (!(e.target instanceof Node && (own ?? node).contains(e.target))) moved = true;
    };
    const GESTURES = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
    for (const type of GESTURES) container.addEventListener(type, takeOver, { capture: true, passive: true });
    const layout = popupLayout(sizeOf(container), remPx());
    const onResize = () => {
      if (popupLayout(sizeOf(container), remPx()).mode !== layout.mode) setRelayout((n) => n + 1);
    };
    map.on('resize', onResize);
    // In the same frame as the move that calls for it, not at React's next render: the popup
    // must not be drawn off the map even for a frame.
    const dock = (on: boolean) => {
      byMove.current = true;
      flushSync(() => setDocked(on));
    };
    node.style.width = '';
    // The first layout waits for this commit's effects to finish: MapView's camera effect runs
    // after this one (a parent's effects follow its children's) and would undo a pan made now.
    let alive = true;
    const later = (f: () => void) =>
      queueMicrotask(() => {
        if (alive) f();
      });
    let cleanup: () => void;

    if (layout.mode === 'beside' && !docked) {
      node.style.width = `${Math.floor(layout.width)}px`;
      // From a permalink the map should stay where the address says if it can: the popup is kept
      // under half the map's height, so that it fits beside most points without a move.
      const maxHeight = reveal ? layout.maxHeight : sizeOf(container).height * 0.45;
      node.style.setProperty('--popup-max-height', `${Math.floor(maxHeight)}px`);
      let side = besideSide(sizeOf(container), map.project([lng, lat]), layout.width);
      const anchorFor = (s: 'left' | 'right') => (s === 'right' ? 'left' : 'right');
      const popup = new Popup({
        closeButton: false,
        closeOnClick: false,
        closeOnMove: false,
        focusAfterOpen: false,
        maxWidth: 'none',
        // Beside its point, not above or below: a popup is taller than it is wide.
        anchor: anchorFor(side),
        offset: POPUP_OFFSET,
        className: 'place-popup',
      })
        .setLngLat([lng, lat])
        .setDOMContent(node)
        .addTo(map);
      const show = (p: BesidePlacement) => {
        if (p.side !== side) {
          side = p.side;
          // MapLibre reads the anchor from its options on every update; setLngLat runs one.
          popup.options.anchor = anchorFor(side);
          popup.setLngLat([lng, lat]);
        }
        popup.getElement().style.setProperty('--popup-slide', `${Math.round(p.slide)}px`);
      };
      const place = () => {
        const size = { width: node.offsetWidth, height: node.offsetHeight };
        besideSize.current = size;
        const m = sizeOf(container);
        // The map has just changed to a size for the sheet: the relayout on resize takes over.
        if (popupLayout(m, remPx()).mode !== 'beside') return;
        const p = map.project([lng, lat]);
        const fit = besidePlacement(m, p, size, side);
        // A permalink keeps its view when the popup fits, slid along its pointer if need be; a
        // reader's choice centres it beside its point, as before.
        if (fit && (moved || !reveal || fit.slide === 0)) return show(fit);
        if (moved) return dock(true);
        // Opening: move the map so that the popup sits squarely beside its point.
        show({ side, slide: 0 });
        pan(besideShift(m, p, size, side));
      };
      later(place);
      // The passages arrive after the popup opens: make room again as it grows.
      const resize = new ResizeObserver(place);
      resize.observe(node);
      // The reader's moves: follow every frame. Others (Back, an edited address): make room after.
      const follow = () => {
        if (moved) place();
      };
      // Not after our own pan (it carries `reveal`), which would loop if the room cannot be made.
      const settle = (e: MapMovementEvent & { reveal?: boolean }) => {
        if (!moved && !e.reveal) place();
      };
      map.on('move', follow);
      map.on('moveend', settle);
      cleanup = () => {
        map.off('move', follow);
        map.off('moveend', settle);
        resize.disconnect();
        popup.remove();
      };
    } else {
      const sheet = document.createElement('div');
      sheet.className = 'place-sheet';
      // Docked on a wide map: a card in the map's corner instead of a sheet across it.
      if (layout.mode === 'beside') sheet.dataset.docked = 'true';
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'sheet-toggle';
      sheet.append(toggle, node);
      container.append(sheet);
      const size = (expanded: boolean) => {
        const height = sheetHeight(sizeOf(container), expanded);
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.textContent = expanded ? t('popup.showLess') : t('popup.showMore');
        sheet.dataset.expanded = String(expanded);
        // The dialog's own body scrolls; the toggle above it takes the rest of the sheet.
        node.style.setProperty('--popup-max-height', `${Math.floor(height - toggle.offsetHeight)}px`);
        if (layout.mode === 'sheet') pan(sheetShift(sizeOf(container), map.project([lng, lat]), height));
      };
      toggle.textContent = t('popup.showMore');
      later(() => size(false));
      toggle.addEventListener('click', () => size(sheet.dataset.expanded !== 'true'));
      // Docked: back beside the point as soon as the reader brings it where the popup fits.
      const follow = () => {
        const s = besideSize.current;
        if (s && besidePlacement(sizeOf(container), map.project([lng, lat]), s, 'right')) dock(false);
      };
      if (layout.mode === 'beside') map.on('move', follow);
      cleanup = () => {
        map.off('move', follow);
        sheet.remove();
      };
    }
    // The whole map, the point and its popup, in view on a page that scrolls (phones, large text).
    if (reveal && !again) container.scrollIntoView({ block: 'nearest' });
    if (again?.focused instanceof HTMLElement) again.focused.focus({ preventScroll: true });
    return () => {
      alive = false;
      for (const type of GESTURES) container.removeEventListener(type, takeOver, { capture: true });
      map.off('resize', onResize);
      last.current = {
        key,
        focused: node.contains(document.activeElement) ? document.activeElement : null,
        moved,
      };
      cleanup();
    };
  }, [map, node, key, lng, lat, reveal, relayout, docked, t]);
}
