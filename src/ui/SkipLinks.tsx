import type { ReactNode } from 'react';
import type { PlainKey } from '../i18n/catalog.ts';
import { useT } from '../i18n/useT.ts';

interface Target {
  label: PlainKey & `skip.${string}`;
  /** What to focus, first match wins: the map's canvas, or the story as text when there is no map. */
  selectors: readonly string[];
}

const TARGETS: readonly Target[] = [
  { label: 'skip.map', selectors: ['.map canvas', '.no-map'] },
  { label: 'skip.places', selectors: ['.places button', '.no-map'] },
];

/**
 * The first stops of the Tab order, shown when focused. Buttons rather than #fragment links: the
 * page's hash is its permalink.
 */
export function SkipLinks(): ReactNode {
  const t = useT();
  const go = (t: Target) => {
    for (const s of t.selectors) {
      const el = document.querySelector<HTMLElement>(s);
      if (!el) continue;
      if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
      return;
    }
  };
  return (
    <nav className="skip-links" aria-label={t('skip.nav')}>
      {TARGETS.map((target) => (
        <button key={target.label} type="button" onClick={() => go(target)}>
          {t(target.label)}
        </button>
      ))}
    </nav>
  );
}
