import type { ReactNode } from 'react';
import type { SourceMeta } from '../../geo/schema.ts';
import { longDate } from '../i18n/format.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { DEFAULT_LANG } from '../url/pages.ts';

/** The article's date and, when the text has no date line, how the date was read (`dateNote`). */
export function ArticleDate({ source }: { source: Pick<SourceMeta, 'date' | 'dateNote'> }): ReactNode {
  const t = useT();
  return (
    <>
      <time dateTime={source.date}>{longDate(t.lang, source.date)}</time>
      {/* The articles' metadata is the story's, not translated: marked as its language. */}
      {source.dateNote ? (
        <span className="date-note">
          {' ('}
          <span lang={DEFAULT_LANG}>{source.dateNote}</span>)
        </span>
      ) : null}
    </>
  );
}

/** Headline, date, and byline/outlet only where the article names one. */
/** An article's citation as a reader sees it (a passage's `Citation` is its offsets in the data). */
export function ArticleCitation({ source }: { source: SourceMeta }): ReactNode {
  const t = useT();
  const { byline, outlet, id } = source;
  const headline = (
    <span className="headline" lang={DEFAULT_LANG}>
      {source.headline}
    </span>
  );
  const date = <ArticleDate source={source} />;
  const parts = byline
    ? outlet
      ? t.parts('citation.articleByOutlet', { headline, date, byline, outlet, id })
      : t.parts('citation.articleBy', { headline, date, byline, id })
    : outlet
      ? t.parts('citation.articleOutlet', { headline, date, outlet, id })
      : t.parts('citation.article', { headline, date, id });
  return (
    <cite>
      <Rich parts={parts} />
    </cite>
  );
}
