import type { ReactNode } from 'react';

interface Target {
  label: string;
  /** What to focus, first match wins: the map's canvas, or the story as text when there is no map. */
  selectors: readonly string[];
}

const TARGETS: readonly Target[] = [
  { label: 'Skip to the map', selectors: ['.map canvas', '.no-map'] },
  { label: 'Skip to the places', selectors: ['.places button', '.no-map'] },
];

/**
 * The first stops of the Tab order, shown when focused. Buttons rather than #fragment links: the
 * page's hash is its permalink.
 */
export function SkipLinks(): ReactNode {
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
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <button key={t.label} type="button" onClick={() => go(t)}>
          {t.label}
        </button>
      ))}
    </nav>
  );
}
