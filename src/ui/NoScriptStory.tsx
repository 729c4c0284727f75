import { createContext, type ReactNode, useContext } from 'react';
import type { PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { NoMapStory } from './NoMapStory.tsx';

/**
 * Where the prerendered page puts the story for readers without JavaScript: every passage in the
 * page itself, or — for a story too long to inline without slowing every reader's page — a link to
 * the same text on a page of its own (see prerender.tsx). Only the prerender sets it.
 */
export const NoScriptText = createContext<{ inline: true } | { inline: false; href: string }>({
  inline: true,
});

interface Props {
  places: readonly PlaceProperties[];
  sources: ReadonlyMap<string, SourceMeta>;
}

/** Rendered inside <noscript>: the browser shows it only when scripts are off; React never hydrates it. */
export function NoScriptStory({ places, sources }: Props): ReactNode {
  const t = useT();
  const where = useContext(NoScriptText);
  if (where.inline)
    return <NoMapStory notice={t('noMap.noScript')} places={places} sources={sources} selected={undefined} />;
  return (
    <div className="no-map">
      <p role="status" className="no-map-reason">
        <Rich
          parts={t.parts('noMap.noScriptLinked', {
            link: <a href={where.href}>{t('noMap.noScriptLink')}</a>,
          })}
        />
      </p>
      <ul>
        {places.map((p) => (
          <li key={p.id}>
            <a href={`${where.href}#place-${p.id}`}>{p.name}</a>: {p.summary}
          </li>
        ))}
      </ul>
    </div>
  );
}
