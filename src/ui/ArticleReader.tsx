import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import type { PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';
import { loadArticle } from '../story/load-story.ts';
import { useLoaded } from '../story/useLoaded.ts';
import { goToHash, mayTakeFocus } from '../url/embedded.ts';
import { DEFAULT_LANG } from '../url/pages.ts';
import { ArticleCitation } from './ArticleCitation.tsx';
import { OverlayHeader } from './OverlayHeader.tsx';
import { ESCAPE_LAYER, useEscapeStack, useReturnFocus } from './useEscapeStack.ts';

interface Props {
  source: SourceMeta;
  /** The quoted span to highlight, as offsets into the text. */
  passage: { start: number; end: number } | undefined;
  places: readonly PlaceProperties[];
  /** Href of a place on the map, and of the way back. */
  placeHref: (placeId: string) => string;
  closeHref: string;
}

/**
 * One article in full, as text, with the cited passage highlighted and scrolled into view; and the
 * places it mentions, each a link back to the map.
 */
export default function ArticleReader({ source, passage, places, placeHref, closeHref }: Props): ReactNode {
  const t = useT();
  const text = useLoaded(useCallback(() => loadArticle(source), [source]));
  const markRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useReturnFocus();
  useEscapeStack(
    ESCAPE_LAYER.article,
    useCallback(() => goToHash(closeHref), [closeHref]),
  );

  useEffect(() => {
    // Embedded and opened by the permalink on load: the host page keeps its focus and scroll.
    if (text.state !== 'ready' || !mayTakeFocus()) return;
    if (markRef.current) markRef.current.scrollIntoView({ block: 'center' });
    headingRef.current?.focus({ preventScroll: true });
  }, [text]);

  const mentioned = places.filter((p) => source.placeIds?.includes(p.id));
  let body: ReactNode = null;
  // Scraping residue before the article's own words (a leading "date 2024-12-28") is not shown as
  // its first words; offsets stay into the verbatim text, so the highlight is clamped, not shifted.
  let residue = '';
  if (text.state === 'ready') {
    const all = text.value;
    const from = source.bodyStart !== undefined && source.bodyStart <= all.length ? source.bodyStart : 0;
    residue = all.slice(0, from).trim();
    const span = passage && passage.end <= all.length ? passage : undefined;
    body = span ? (
      <>
        {all.slice(from, Math.max(from, span.start))}
        <mark ref={markRef}>{all.slice(Math.max(from, span.start), span.end)}</mark>
        {all.slice(Math.max(from, span.end))}
      </>
    ) : (
      all.slice(from)
    );
  }

  return (
    <section className="overlay article" aria-labelledby="article-title">
      <OverlayHeader
        headingId="article-title"
        title={source.headline}
        closeHref={closeHref}
        headingRef={headingRef}
      />
      <p className="article-meta">
        <ArticleCitation source={source} />
        {source.headlineNote ? <span className="note"> {source.headlineNote}</span> : null}
      </p>
      {mentioned.length > 0 ? (
        <nav aria-label={t('article.placesNav')} className="mentioned">
          {t('article.placesLead')}{' '}
          {mentioned.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : ''}
              <a href={placeHref(p.id)}>{p.name}</a>
            </span>
          ))}
        </nav>
      ) : null}
      {text.state === 'loading' ? <p aria-live="polite">{t('article.loading')}</p> : null}
      {text.state === 'error' ? <p role="alert">{t('article.loadFailed', { error: text.message })}</p> : null}
      {residue ? <p className="note residue">{t('article.residue', { residue })}</p> : null}
      {text.state === 'ready' ? (
        <div className="article-text" lang={DEFAULT_LANG}>
          {body}
        </div>
      ) : null}
    </section>
  );
}
