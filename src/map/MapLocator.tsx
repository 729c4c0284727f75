import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { dataUrl } from '../story/data-url.ts';
import { type LngLatBox, type Locator, locatorBox, locatorText, parseLocator } from './locator.ts';

const boundsOf = (map: MapLibreMap): LngLatBox => {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

/**
 * The locator inset: where the view lies among the countries around, in a corner of the map.
 * The countries are a drawing the build made (locator.svg, referenced by <use> so the page's
 * colours apply in both schemes); only the box for the view is drawn here. MapView mounts it
 * once the map has first gone idle, so it costs the map's first frames nothing; locator.json
 * is fetched then. Without the file (a story built without one, a failed fetch) it shows nothing.
 */
export function MapLocator({ map }: { map: MapLibreMap }): ReactNode {
  const t = useT();
  const [locator, setLocator] = useState<Locator | null>(null);
  const [view, setView] = useState<LngLatBox>(() => boundsOf(map));
  // The words change when the map comes to rest, not on every frame of a move.
  const [restingView, setRestingView] = useState<LngLatBox>(view);

  useEffect(() => {
    let live = true;
    fetch(dataUrl('locator.json'))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`locator.json: HTTP ${r.status}`))))
      .then((raw: unknown) => {
        if (live) setLocator(parseLocator(raw));
      })
      .catch((e: unknown) => console.warn(e));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let frame = 0;
    // One update per animation frame at most, however many 'move' events a frame brings.
    const move = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setView(boundsOf(map));
        });
    };
    const rest = () => {
      const b = boundsOf(map);
      setView(b);
      setRestingView(b);
    };
    map.on('move', move);
    map.on('moveend', rest);
    map.on('resize', rest);
    rest();
    return () => {
      cancelAnimationFrame(frame);
      map.off('move', move);
      map.off('moveend', rest);
      map.off('resize', rest);
    };
  }, [map]);

  const label = useMemo(
    () => (locator ? locatorText(restingView, locator, t) : ''),
    [locator, restingView, t],
  );
  if (!locator) return null;
  const box = locatorBox(view, locator);
  const href = dataUrl(locator.svg);
  return (
    <div className="locator" hidden={box === null}>
      <svg viewBox={`0 0 ${locator.width} ${locator.height}`} role="img" aria-label={label}>
        <use className="locator-land" href={`${href}#land`} />
        <use className="locator-borders" href={`${href}#borders`} />
        {box ? (
          <rect className="locator-view" x={box.x} y={box.y} width={box.width} height={box.height} />
        ) : null}
      </svg>
    </div>
  );
}
