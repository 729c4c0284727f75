import { type Map as MapLibreMap, Popup } from 'maplibre-gl';
import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  map: MapLibreMap;
  lngLat: [number, number];
  /** Pan to the place if it is off-screen: yes when the reader chose it, no when a permalink opened it. */
  reveal: boolean;
  children: ReactNode;
}

/**
 * One MapLibre Popup, with React children portalled into a detached element it owns (as
 * react-maplibre's popup.ts does). Mount it with a `key` per place: a new place is a new popup.
 */
export function MapPopup({ map, lngLat, reveal, children }: Props): ReactNode {
  const [node] = useState(() => document.createElement('div'));
  const [lng, lat] = lngLat;

  useEffect(() => {
    // Cap the popup at under half the map's height, so MapLibre can always place it wholly on
    // one side of its anchor; the dialog scrolls inside.
    node.style.setProperty('--popup-max-height', `${Math.floor(map.getContainer().clientHeight * 0.45)}px`);
    const popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      closeOnMove: false,
      focusAfterOpen: false,
      maxWidth: 'min(26rem, calc(100vw - 2rem))',
      className: 'place-popup',
    })
      .setLngLat([lng, lat])
      .setDOMContent(node)
      .addTo(map);
    // The passages arrive after the popup opens; re-anchor it when its content grows so that it
    // flips below its point instead of running off the top of the map.
    const resize = new ResizeObserver(() => popup.setLngLat(popup.getLngLat()));
    resize.observe(node);
    // Bring the popup's anchor into view when the place is off-screen (chosen from the list).
    if (reveal && !map.getBounds().contains([lng, lat])) map.easeTo({ center: [lng, lat] }, { reveal: true });
    return () => {
      resize.disconnect();
      popup.remove();
    };
  }, [map, node, lng, lat, reveal]);

  return createPortal(children, node);
}
