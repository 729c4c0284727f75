import { createContext, type ReactNode, useCallback, useContext } from 'react';
import type { PlacePassages, PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { loadPassages } from '../story/load-story.ts';
import { useLoaded } from '../story/useLoaded.ts';
import { FactSourceLink } from './FactSourceLink.tsx';
import { PassageFigure } from './PassageFigure.tsx';

interface Props {
  place: PlaceProperties;
  sources: ReadonlyMap<string, SourceMeta>;
  headingId: string;
  /** Heading level: 2 inside the map popup, 3 in the no-map list. */
  level?: 2 | 3;
}

/**
 * Every place's passages, given when the page is prerendered at build time (where nothing is
 * fetched): the text a reader without JavaScript gets. Empty in the browser, which loads a place's
 * passages when it is opened.
 */
export const PrerenderedPassages = createContext<ReadonlyMap<string, PlacePassages>>(new Map());

/** Orders passages as the articles tell them: by first article, then by position in it. */
function readingOrder(a: PlacePassages['passages'][number], b: PlacePassages['passages'][number]): number {
  const ca = a.citations[0];
  const cb = b.citations[0];
  if (!ca || !cb) return 0;
  return ca.sourceId.localeCompare(cb.sourceId) || ca.start - cb.start;
}

/** What the articles say about one place: its heading, a note on precision, and every passage. */
export function PlaceDetails({ place, sources, headingId, level = 2 }: Props): ReactNode {
  const t = useT();
  const prerendered = useContext(PrerenderedPassages).get(place.id);
  const fetched = useLoaded(useCallback(() => loadPassages(place.id), [place.id]));
  const loaded = prerendered ? { state: 'ready' as const, value: prerendered } : fetched;

  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="place-details">
      <Heading id={headingId} tabIndex={-1}>
        {place.name}
      </Heading>
      <p className="summary">{place.summary}</p>
      <p className="position-source">
        <Rich parts={t.parts('place.position', { source: <FactSourceLink source={place.coordSource} /> })} />
      </p>
      {place.precision === 'approximate' ? (
        <p className="approx">
          <strong>{t('place.approximate')}</strong> {place.precisionNote ?? ''}
        </p>
      ) : null}
      {loaded.state === 'loading' ? <p aria-live="polite">{t('place.loading')}</p> : null}
      {loaded.state === 'error' ? (
        <p role="alert">{t('place.loadFailed', { place: place.name, error: loaded.message })}</p>
      ) : null}
      {loaded.state === 'ready' ? (
        <>
          <p className="count">{t('place.passagesQuoted', { count: loaded.value.passages.length })}</p>
          {[...loaded.value.passages].sort(readingOrder).map((p) => (
            <PassageFigure key={p.id} passage={p} sources={sources} />
          ))}
        </>
      ) : null}
    </div>
  );
}
