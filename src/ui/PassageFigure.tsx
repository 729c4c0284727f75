import type { ReactNode } from 'react';
import type { Passage, SourceMeta } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';
import { nameArticles } from '../story/article-names.ts';
import { DEFAULT_LANG } from '../url/pages.ts';
import { ArticleCitation } from './ArticleCitation.tsx';
import { useLinks } from './links.ts';

interface Props {
  passage: Passage;
  sources: ReadonlyMap<string, SourceMeta>;
}

/** One verbatim passage and every article it appears in. The text is rendered as text, never as HTML. */
export function PassageFigure({ passage, sources }: Props): ReactNode {
  const t = useT();
  const cites = passage.citations;
  const links = useLinks();
  return (
    <figure className="passage">
      {/* Never translated: the article's own words, in its language (the story's). */}
      <blockquote lang={DEFAULT_LANG}>{passage.text}</blockquote>
      {passage.flags?.map((f) => (
        <p className="flag" key={f.claimId}>
          <span aria-hidden="true">⚑ </span>
          <strong>{t('passage.disagree', { claim: f.label })}</strong>{' '}
          {nameArticles(f.disagreement, [...sources.values()], t)}{' '}
          <a href={links.claims}>{t('passage.compare')}</a>
        </p>
      ))}
      <figcaption>
        {cites.length > 1 ? (
          <span className="also">{t('passage.inArticles', { count: cites.length })}</span>
        ) : null}
        <ul>
          {cites.map((c) => {
            const s = sources.get(c.sourceId);
            return (
              <li key={`${c.sourceId}:${c.start}`}>
                {s ? (
                  <ArticleCitation source={s} />
                ) : (
                  <cite>{t('passage.unknownArticle', { id: c.sourceId })}</cite>
                )}{' '}
                <a href={links.article(c.sourceId, c.start, c.end)} className="in-article">
                  {t('passage.readInArticle')}
                </a>
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
