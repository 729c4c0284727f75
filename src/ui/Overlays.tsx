import { lazy, type ReactNode, Suspense } from 'react';
import type { PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';
import type { PermalinkState } from '../url/permalink.ts';
import { hrefFor } from './links.ts';

// Not needed for the first paint: loaded when a reader opens them.
const ClaimsView = lazy(() => import('./ClaimsView.tsx'));
const ArticleReader = lazy(() => import('./ArticleReader.tsx'));

interface Props {
  url: PermalinkState;
  sources: ReadonlyMap<string, SourceMeta>;
  places: readonly PlaceProperties[];
  articleHref: (sourceId: string, start: number, end: number) => string;
}

/** The views over the map that the permalink opens: an article, or the claims compared. */
export function Overlays({ url, sources, places, articleHref }: Props): ReactNode {
  const t = useT();
  const openSource = url.source ? sources.get(url.source) : undefined;
  const noOverlay: PermalinkState = { ...url, source: undefined, passage: undefined, panel: undefined };
  return (
    <>
      <Suspense fallback={<p className="overlay">{t('overlay.loading')}</p>}>
        {url.panel === 'claims' ? (
          <ClaimsView
            sources={[...sources.values()]}
            articleHref={articleHref}
            closeHref={hrefFor(noOverlay)}
            covered={openSource !== undefined}
          />
        ) : null}
      </Suspense>
      {/* Its own boundary: loading the article must not hide the claims view that opened it. */}
      <Suspense fallback={<p className="overlay">{t('overlay.loading')}</p>}>
        {openSource ? (
          <ArticleReader
            source={openSource}
            passage={url.passage}
            places={places}
            placeHref={(id) => hrefFor({ ...noOverlay, place: id })}
            closeHref={hrefFor({ ...url, source: undefined, passage: undefined })}
          />
        ) : null}
      </Suspense>
    </>
  );
}
