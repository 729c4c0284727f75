import type { ReactNode } from 'react';
import type { Passage, SourceMeta } from '../../geo/schema.ts';
import { Citation } from './Citation.tsx';

interface Props {
  passage: Passage;
  sources: ReadonlyMap<string, SourceMeta>;
}

/** One verbatim passage and every article it appears in. The text is rendered as text, never as HTML. */
export function PassageFigure({ passage, sources }: Props): ReactNode {
  const cites = passage.citations;
  return (
    <figure className="passage">
      <blockquote>{passage.text}</blockquote>
      <figcaption>
        {cites.length > 1 ? <span className="also">In {cites.length} articles:</span> : null}
        <ul>
          {cites.map((c) => {
            const s = sources.get(c.sourceId);
            return (
              <li key={`${c.sourceId}:${c.start}`}>
                {s ? <Citation source={s} /> : <cite>Article {c.sourceId}</cite>}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
