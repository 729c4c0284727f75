import { memo, type ReactNode } from 'react';
import type { PlaceProperties } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';

interface Props {
  places: readonly PlaceProperties[];
  selected: string | undefined;
  /** How many articles the story has, to say how many of them mention each place. */
  sourceCount: number;
  onSelect: (placeId: string) => void;
}

/** The story's places as plain buttons: the way in for keyboards, screen readers and no-WebGL browsers. */
export const PlacesNav = memo(function PlacesNav({
  places,
  selected,
  sourceCount,
  onSelect,
}: Props): ReactNode {
  const t = useT();
  return (
    <nav aria-label={t('places.nav')} className="places">
      <h2>{t('places.heading')}</h2>
      <ol>
        {places.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-current={p.id === selected ? 'true' : undefined}
              aria-describedby={`place-desc-${p.id}`}
              onClick={() => onSelect(p.id)}
              // The benchmark reads when the list's text was first painted (Element Timing API).
              {...{ elementtiming: 'places' }}
            >
              {p.name}
            </button>
            <span className="place-desc" id={`place-desc-${p.id}`}>
              {t('places.description', {
                passages: t('places.passages', { count: p.passageCount }),
                articles: t('places.ofArticles', { mentioned: p.sourceIds.length, count: sourceCount }),
              })}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
});
